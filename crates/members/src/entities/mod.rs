pub mod good_practices;
pub mod member_messages;
pub mod member_reports;
pub mod members;
