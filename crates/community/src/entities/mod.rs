pub mod event_registrations;
pub mod event_series;
pub mod events;
