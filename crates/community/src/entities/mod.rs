pub mod event_registrations;
pub mod event_series;
pub mod events;
pub mod friend_blocks;
pub mod friend_contacts;
pub mod friend_messages;
pub mod friend_profiles;
pub mod friend_reports;
