//! Companies in the program and their supply chains: a tree of business sites, suppliers and
//! groups of sites managed together (a construction project's sites), of any depth.
//!
//! - A `site` is a leaf with a Safety site behind it, and so a worker code.
//! - A `supplier` stands for another organisation; its own staff (members of the supplier's
//!   organisation) manage the subtree under it and see reports about that subtree only.
//! - A `group` gathers sites reported together.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::entities::{companies, members, nodes};
use hiroba_core::db::Db;
use hiroba_safety::entities::{responses, sites};

pub use companies::Model as Company;
pub use nodes::Model as ChainNode;

pub const KINDS: [&str; 3] = ["site", "supplier", "group"];

/// Letters and digits that cannot be mistaken for one another on a small screen or a flyer.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// 31⁸ ≈ 8.5 × 10¹¹ codes: unguessable at the rate Safety's start page allows.
const CODE_LENGTH: usize = 8;

#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    #[error("a name is required")]
    NameMissing,
    #[error("the email address is not valid")]
    EmailInvalid,
    #[error("dates are YYYY-MM-DD and the contract ends after it starts")]
    DatesInvalid,
    #[error("a number is out of range")]
    NumberInvalid,
    #[error("unknown kind of node")]
    KindInvalid,
    #[error("the parent is not in this chain, is a site, or lies under the node itself")]
    ParentInvalid,
    #[error("{0} workers answered at this site; a site with answers cannot be deleted")]
    HasResponses(u64),
    #[error("move or delete what is under it first")]
    HasChildren,
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
}

impl ChainError {
    pub fn key(&self) -> &'static str {
        match self {
            ChainError::NameMissing => "companies-name-missing",
            ChainError::EmailInvalid => "companies-email-invalid",
            ChainError::DatesInvalid => "companies-dates-invalid",
            ChainError::NumberInvalid => "companies-number-invalid",
            ChainError::KindInvalid => "companies-kind-invalid",
            ChainError::ParentInvalid => "companies-parent-invalid",
            ChainError::HasResponses(_) => "companies-has-responses",
            ChainError::HasChildren => "companies-has-children",
            ChainError::NotFound => "companies-not-found",
            ChainError::Db(_) => "error-internal",
        }
    }
}

/// A fresh worker code: 8 characters from [`CODE_ALPHABET`].
pub fn new_code() -> String {
    let mut rng = rand::thread_rng();
    (0..CODE_LENGTH).map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char).collect()
}

/// `ABCD2345` → `ABCD-2345`, as printed: two groups of four are easier to type.
pub fn printed_code(code: &str) -> String {
    if code.len() == CODE_LENGTH {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

pub struct NewCompany<'a> {
    pub name: &'a str,
    pub contact_email: &'a str,
    pub contract_start: &'a str,
    pub contract_end: &'a str,
    pub target_workers: &'a str,
}

fn valid_day(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// The secretariat admits a company to the program.
pub async fn admit(db: &Db, c: NewCompany<'_>) -> Result<Company, ChainError> {
    let name = c.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ChainError::NameMissing);
    }
    let email = c.contact_email.trim();
    if !email.contains('@') || email.len() > 200 || email.contains(char::is_whitespace) {
        return Err(ChainError::EmailInvalid);
    }
    let (start, end) = (c.contract_start.trim(), c.contract_end.trim());
    if !valid_day(start) || !valid_day(end) || end <= start {
        return Err(ChainError::DatesInvalid);
    }
    let target: i32 = match c.target_workers.trim() {
        "" => 0,
        t => t.parse().ok().filter(|n| (0..=1_000_000).contains(n)).ok_or(ChainError::NumberInvalid)?,
    };
    Ok(companies::ActiveModel {
        name: Set(name.to_string()),
        contact_email: Set(email.to_string()),
        contract_start: Set(Some(start.to_string())),
        contract_end: Set(Some(end.to_string())),
        target_workers: Set(target),
        customer_id: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await?)
}

pub async fn company(db: &Db, id: i64) -> Result<Option<Company>, sea_orm::DbErr> {
    companies::Entity::find_by_id(id).one(db.read()).await
}

/// Companies in the program (suppliers' organisations are not: they belong to a chain).
pub async fn program_companies(db: &Db) -> Result<Vec<Company>, sea_orm::DbErr> {
    companies::Entity::find()
        .filter(companies::Column::CustomerId.is_null())
        .order_by_asc(companies::Column::Name)
        .all(db.read())
        .await
}

/// `role`: `admin` or `viewer`.
pub async fn add_member(db: &Db, company_id: i64, user_id: i64, role: &str) -> Result<(), sea_orm::DbErr> {
    members::Entity::delete_many()
        .filter(members::Column::CompanyId.eq(company_id))
        .filter(members::Column::UserId.eq(user_id))
        .exec(db.write())
        .await?;
    members::Entity::insert(members::ActiveModel {
        company_id: Set(company_id),
        user_id: Set(user_id),
        role: Set(role.to_string()),
    })
    .exec_without_returning(db.write())
    .await?;
    Ok(())
}

/// What a user may see and do for one organisation they belong to.
#[derive(Debug, Clone)]
pub struct Access {
    /// The organisation the user belongs to.
    pub org: Company,
    /// The program company whose chain is seen.
    pub chain: i64,
    /// `None`: the whole chain (the company's own staff); `Some(node)`: a supplier's subtree.
    pub root: Option<i64>,
    pub admin: bool,
}

/// The organisations a user belongs to, with what they may see.
pub async fn accesses(db: &Db, user_id: i64) -> Result<Vec<Access>, sea_orm::DbErr> {
    let mut out = Vec::new();
    for m in members::Entity::find().filter(members::Column::UserId.eq(user_id)).all(db.read()).await? {
        if let Some(a) = access_for(db, &m).await? {
            out.push(a);
        }
    }
    Ok(out)
}

/// The user's access to organisation `org_id`, if they belong to it.
pub async fn access(db: &Db, user_id: i64, org_id: i64) -> Result<Option<Access>, sea_orm::DbErr> {
    match members::Entity::find_by_id((org_id, user_id)).one(db.read()).await? {
        Some(m) => access_for(db, &m).await,
        None => Ok(None),
    }
}

async fn access_for(db: &Db, m: &members::Model) -> Result<Option<Access>, sea_orm::DbErr> {
    let Some(org) = company(db, m.company_id).await? else { return Ok(None) };
    let admin = m.role == "admin";
    match org.customer_id {
        None => Ok(Some(Access { chain: org.id, root: None, admin, org })),
        Some(customer) => {
            let node = nodes::Entity::find()
                .filter(nodes::Column::SupplierId.eq(org.id))
                .filter(nodes::Column::CompanyId.eq(customer))
                .one(db.read())
                .await?;
            Ok(node.map(|n| Access { chain: customer, root: Some(n.id), admin, org }))
        }
    }
}

/// A node with its depth below the root it was listed from, and its worker code for a site.
#[derive(Debug, Clone)]
pub struct Listed {
    pub node: ChainNode,
    pub depth: usize,
    pub code: Option<String>,
}

/// The chain under `root` (the whole chain for `None`), depth first, in creation order.
pub async fn tree(db: &Db, chain: i64, root: Option<i64>) -> Result<Vec<Listed>, sea_orm::DbErr> {
    let all = nodes::Entity::find()
        .filter(nodes::Column::CompanyId.eq(chain))
        .order_by_asc(nodes::Column::Id)
        .all(db.read())
        .await?;
    let site_ids: Vec<i64> = all.iter().filter_map(|n| n.site_id).collect();
    let codes: BTreeMap<i64, String> = sites::Entity::find()
        .filter(sites::Column::Id.is_in(site_ids))
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| (s.id, s.code))
        .collect();
    let mut children: BTreeMap<Option<i64>, Vec<&ChainNode>> = BTreeMap::new();
    for n in &all {
        children.entry(n.parent_id).or_default().push(n);
    }
    let mut out = Vec::new();
    let mut stack: Vec<(&ChainNode, usize)> = Vec::new();
    let starts: Vec<&ChainNode> = match root {
        None => children.get(&None).cloned().unwrap_or_default(),
        Some(id) => all.iter().filter(|n| n.id == id).collect(),
    };
    stack.extend(starts.into_iter().rev().map(|n| (n, 0)));
    while let Some((n, depth)) = stack.pop() {
        out.push(Listed { node: n.clone(), depth, code: n.site_id.and_then(|s| codes.get(&s).cloned()) });
        for c in children.get(&Some(n.id)).into_iter().flatten().rev() {
            stack.push((c, depth + 1));
        }
    }
    Ok(out)
}

/// Ids of `root` and everything under it.
pub fn subtree(all: &[ChainNode], root: i64) -> BTreeSet<i64> {
    let mut out = BTreeSet::from([root]);
    loop {
        let before = out.len();
        for n in all {
            if n.parent_id.is_some_and(|p| out.contains(&p)) {
                out.insert(n.id);
            }
        }
        if out.len() == before {
            return out;
        }
    }
}

pub struct NewNode<'a> {
    pub chain: i64,
    pub parent: Option<i64>,
    pub kind: &'a str,
    pub name: &'a str,
    pub address: &'a str,
    pub industry: &'a str,
    pub migrant_workers: &'a str,
}

async fn chain_nodes(db: &Db, chain: i64) -> Result<Vec<ChainNode>, sea_orm::DbErr> {
    nodes::Entity::find().filter(nodes::Column::CompanyId.eq(chain)).all(db.read()).await
}

fn parent_ok(all: &[ChainNode], parent: Option<i64>) -> bool {
    match parent {
        None => true,
        Some(p) => all.iter().any(|n| n.id == p && n.kind != "site"),
    }
}

/// Add a site, a supplier or a group under `parent` (or at the top of the chain). A site gets a
/// Safety site and a worker code; a supplier gets an organisation of its own for its staff.
pub async fn add_node(db: &Db, n: NewNode<'_>) -> Result<ChainNode, ChainError> {
    if !KINDS.contains(&n.kind) {
        return Err(ChainError::KindInvalid);
    }
    let name = n.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(ChainError::NameMissing);
    }
    let workers: i32 = match n.migrant_workers.trim() {
        "" => 0,
        w => w.parse().ok().filter(|x| (0..=1_000_000).contains(x)).ok_or(ChainError::NumberInvalid)?,
    };
    let owner = company(db, n.chain).await?.ok_or(ChainError::NotFound)?;
    if !parent_ok(&chain_nodes(db, n.chain).await?, n.parent) {
        return Err(ChainError::ParentInvalid);
    }
    let txn = db.write().begin().await?;
    let mut site_id = None;
    let mut supplier_id = None;
    match n.kind {
        "site" => {
            let site = sites::ActiveModel {
                code: Set(new_code()),
                company_name: Set(owner.name.clone()),
                name: Set(name.to_string()),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            site_id = Some(site.id);
        }
        "supplier" => {
            let org = companies::ActiveModel {
                name: Set(name.to_string()),
                contact_email: Set(String::new()),
                contract_start: Set(None),
                contract_end: Set(None),
                target_workers: Set(0),
                customer_id: Set(Some(owner.id)),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            supplier_id = Some(org.id);
        }
        _ => {}
    }
    let node = nodes::ActiveModel {
        company_id: Set(n.chain),
        parent_id: Set(n.parent),
        kind: Set(n.kind.to_string()),
        name: Set(name.to_string()),
        address: Set(n.address.trim().chars().take(300).collect()),
        industry: Set(n.industry.trim().chars().take(100).collect()),
        migrant_workers: Set(workers),
        site_id: Set(site_id),
        supplier_id: Set(supplier_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(node)
}

/// Move a node (with everything under it) under another parent of the same chain.
pub async fn move_node(db: &Db, chain: i64, node_id: i64, new_parent: Option<i64>) -> Result<(), ChainError> {
    let all = chain_nodes(db, chain).await?;
    let node = all.iter().find(|n| n.id == node_id).ok_or(ChainError::NotFound)?;
    if !parent_ok(&all, new_parent) || new_parent.is_some_and(|p| subtree(&all, node_id).contains(&p)) {
        return Err(ChainError::ParentInvalid);
    }
    let mut am: nodes::ActiveModel = node.clone().into();
    am.parent_id = Set(new_parent);
    am.update(db.write()).await?;
    Ok(())
}

/// Workers who answered Safety at these sites, ever.
pub async fn responses_at(db: &Db, site_ids: &[i64]) -> Result<u64, sea_orm::DbErr> {
    responses::Entity::find()
        .filter(responses::Column::SiteId.is_in(site_ids.iter().copied()))
        .count(db.read())
        .await
}

/// Workers who completed Safety at a site since `since` (`YYYY-MM-DD`).
pub async fn responses_since(db: &Db, site_id: i64, since: &str) -> Result<u64, sea_orm::DbErr> {
    responses::Entity::find()
        .filter(responses::Column::SiteId.eq(site_id))
        .filter(responses::Column::CompletedDay.gte(since))
        .count(db.read())
        .await
}

/// Delete a node with nothing under it. A site where workers answered is never deleted: its
/// answers are part of reports already given.
pub async fn delete_node(db: &Db, chain: i64, node_id: i64) -> Result<(), ChainError> {
    let all = chain_nodes(db, chain).await?;
    let node = all.iter().find(|n| n.id == node_id).ok_or(ChainError::NotFound)?;
    if all.iter().any(|n| n.parent_id == Some(node_id)) {
        return Err(ChainError::HasChildren);
    }
    if let Some(site) = node.site_id {
        let n = responses_at(db, &[site]).await?;
        if n > 0 {
            return Err(ChainError::HasResponses(n));
        }
    }
    let txn = db.write().begin().await?;
    nodes::Entity::delete_by_id(node_id).exec(&txn).await?;
    if let Some(site) = node.site_id {
        sites::Entity::delete_by_id(site).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Give a site a new worker code (the old flyers stop working). Returns the new code.
pub async fn rotate_code(db: &Db, chain: i64, node_id: i64) -> Result<String, ChainError> {
    let node = nodes::Entity::find_by_id(node_id)
        .one(db.read())
        .await?
        .filter(|n| n.company_id == chain)
        .ok_or(ChainError::NotFound)?;
    let site_id = node.site_id.ok_or(ChainError::KindInvalid)?;
    let code = new_code();
    sites::Entity::update_many()
        .col_expr(sites::Column::Code, sea_orm::sea_query::Expr::value(code.clone()))
        .filter(sites::Column::Id.eq(site_id))
        .exec(db.write())
        .await?;
    Ok(code)
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_eight_unambiguous_characters() {
        for _ in 0..200 {
            let c = super::new_code();
            assert_eq!(c.len(), 8);
            assert!(!c.contains(['0', 'O', '1', 'I', 'L']), "{c}");
        }
        assert_eq!(super::printed_code("ABCD2345"), "ABCD-2345");
    }
}
