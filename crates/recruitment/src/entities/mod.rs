pub mod fee_ledger;
pub mod links;
pub mod named;
pub mod orgs;
pub mod staff;
