//! The roles of the platform. A user may hold several (a secretariat officer can also be a learner).

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Worker,
    Counsellor,
    CounsellorSupervisor,
    CompanyAdmin,
    CompanyViewer,
    Member,
    Learner,
    Supporter,
    Secretariat,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Worker,
        Role::Counsellor,
        Role::CounsellorSupervisor,
        Role::CompanyAdmin,
        Role::CompanyViewer,
        Role::Member,
        Role::Learner,
        Role::Supporter,
        Role::Secretariat,
    ];

    /// Roles a person may choose when registering; the others are granted by the secretariat.
    pub const SELF_SERVICE: [Role; 3] = [Role::Worker, Role::Learner, Role::Supporter];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Worker => "worker",
            Role::Counsellor => "counsellor",
            Role::CounsellorSupervisor => "counsellor_supervisor",
            Role::CompanyAdmin => "company_admin",
            Role::CompanyViewer => "company_viewer",
            Role::Member => "member",
            Role::Learner => "learner",
            Role::Supporter => "supporter",
            Role::Secretariat => "secretariat",
        }
    }

    /// Staff who read case records or manage the platform must use a second factor.
    pub fn requires_totp(self) -> bool {
        matches!(self, Role::Counsellor | Role::CounsellorSupervisor | Role::Secretariat)
    }

    /// The catalogue key of the role's name.
    pub fn message_key(self) -> String {
        format!("role-{}", self.as_str().replace('_', "-"))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown role {0:?}")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL.into_iter().find(|r| r.as_str() == s).ok_or_else(|| UnknownRole(s.to_string()))
    }
}
