//! Who may use a route. Every route is registered with a policy (`web::routes::Routes`), so a route
//! without one cannot be written; the route × role matrix test compares real answers with these.

use super::Role;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in user (two-factor completed where the role requires it).
    SignedIn,
    /// Signed in and holding at least one of these roles.
    AnyOf(&'static [Role]),
}

impl Policy {
    pub const SECRETARIAT: Policy = Policy::AnyOf(&[Role::Secretariat]);

    /// Would a visitor with these roles (`None` = not signed in) be let through?
    pub fn allows(&self, roles: Option<&[Role]>) -> bool {
        match (self, roles) {
            (Policy::Public, _) => true,
            (_, None) => false,
            (Policy::SignedIn, Some(_)) => true,
            (Policy::AnyOf(wanted), Some(held)) => wanted.iter().any(|w| held.contains(w)),
        }
    }
}
