//! The company program's pages: the companies' (dashboard, chain, flyers, plans), the suppliers'
//! invitation, and the secretariat's.

pub mod admin;
pub mod company;
pub mod flyer;
pub mod invite;
pub mod plans_page;
