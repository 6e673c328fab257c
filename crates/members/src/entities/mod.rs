pub mod good_practices;
pub mod member_messages;
pub mod member_reports;
pub mod members;
pub mod newsletter_deliveries;
pub mod newsletter_optouts;
pub mod newsletters;
pub mod supporter_awards;
