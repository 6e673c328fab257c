//! A worker's private ledger of what they paid to be recruited and to come to Japan, in the
//! categories of the ILO definition of recruitment fees and related costs (2019), as evidence for
//! a consultation or a repayment claim. Only the worker reads it; amounts, payees and notes are
//! encrypted at rest.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};

use crate::entities::fee_ledger;
use hiroba_core::crypto::FieldCipher;
use hiroba_core::db::Db;

/// The ILO's categories of recruitment fees and related costs.
pub const CATEGORIES: [&str; 7] =
    ["agency-fee", "training", "medical", "documents", "travel", "deposit", "other"];
/// Currencies workers most often paid in (the sending countries').
pub const CURRENCIES: [&str; 9] = ["JPY", "VND", "IDR", "PHP", "MMK", "CNY", "NPR", "USD", "BRL"];
const COLUMN: &str = "fee_ledger.entry";

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("ledger-error-category")]
    CategoryInvalid,
    #[error("ledger-error-day")]
    DayInvalid,
    #[error("ledger-error-amount")]
    AmountInvalid,
    #[error("ledger-error-too-long")]
    TooLong,
    #[error("crypto: {0}")]
    Crypto(#[from] hiroba_core::crypto::CryptoError),
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
}

impl LedgerError {
    pub fn key(&self) -> &'static str {
        match self {
            LedgerError::CategoryInvalid => "ledger-error-category",
            LedgerError::DayInvalid => "ledger-error-day",
            LedgerError::AmountInvalid => "ledger-error-amount",
            LedgerError::TooLong => "ledger-error-too-long",
            LedgerError::Crypto(_) | LedgerError::Db(_) => "error-internal",
        }
    }
}

/// The encrypted part of an entry.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Paid {
    pub amount: f64,
    pub currency: String,
    pub paid_to: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: i64,
    pub day: String,
    pub category: String,
    pub paid: Paid,
}

/// Parse an amount as people type it: `650,000`, `650.000` (dot thousands), `¥650000`.
pub fn parse_amount(s: &str) -> Option<f64> {
    let digits: String = s.chars().filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
    let cleaned = if digits.matches('.').count() > 1
        || (digits.contains('.') && digits.rsplit('.').next().is_some_and(|t| t.len() == 3))
    {
        digits.replace(['.', ','], "")
    } else {
        digits.replace(',', "")
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite() && *v > 0.0 && *v < 1e13)
}

#[allow(clippy::too_many_arguments)]
pub async fn add(
    db: &Db,
    cipher: &FieldCipher,
    user_id: i64,
    day: &str,
    category: &str,
    amount: &str,
    currency: &str,
    paid_to: &str,
    note: &str,
) -> Result<Entry, LedgerError> {
    if !CATEGORIES.contains(&category) || !CURRENCIES.contains(&currency) {
        return Err(LedgerError::CategoryInvalid);
    }
    let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| LedgerError::DayInvalid)?;
    if day > Utc::now().date_naive() {
        return Err(LedgerError::DayInvalid);
    }
    let amount = parse_amount(amount).ok_or(LedgerError::AmountInvalid)?;
    if paid_to.chars().count() > 200 || note.chars().count() > 1000 {
        return Err(LedgerError::TooLong);
    }
    let paid =
        Paid { amount, currency: currency.into(), paid_to: paid_to.trim().into(), note: note.trim().into() };
    let sealed = cipher.encrypt(COLUMN, &serde_json::to_string(&paid).expect("serialises")).await?;
    let row = fee_ledger::ActiveModel {
        user_id: Set(user_id),
        day: Set(day.to_string()),
        category: Set(category.into()),
        entry: Set(sealed),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await?;
    Ok(Entry { id: row.id, day: row.day, category: row.category, paid })
}

pub async fn entries(db: &Db, cipher: &FieldCipher, user_id: i64) -> Result<Vec<Entry>, LedgerError> {
    let rows = fee_ledger::Entity::find()
        .filter(fee_ledger::Column::UserId.eq(user_id))
        .order_by_asc(fee_ledger::Column::Day)
        .order_by_asc(fee_ledger::Column::Id)
        .all(db.read())
        .await?;
    let mut out = Vec::new();
    for r in rows {
        let paid: Paid = serde_json::from_str(&cipher.decrypt(COLUMN, &r.entry).await?).map_err(|e| {
            let _ = e;
            hiroba_core::crypto::CryptoError::Malformed
        })?;
        out.push(Entry { id: r.id, day: r.day, category: r.category, paid });
    }
    Ok(out)
}

/// Delete one of the worker's own entries.
pub async fn delete(db: &Db, user_id: i64, id: i64) -> Result<bool, sea_orm::DbErr> {
    let res = fee_ledger::Entity::delete_many()
        .filter(fee_ledger::Column::Id.eq(id))
        .filter(fee_ledger::Column::UserId.eq(user_id))
        .exec(db.write())
        .await?;
    Ok(res.rows_affected == 1)
}

/// Totals per currency (amounts in different currencies are never added together).
pub fn totals(entries: &[Entry]) -> Vec<(String, f64)> {
    let mut t: BTreeMap<String, f64> = BTreeMap::new();
    for e in entries {
        *t.entry(e.paid.currency.clone()).or_default() += e.paid.amount;
    }
    t.into_iter().collect()
}

/// An amount for people: `650,000` (no decimals for whole numbers).
pub fn format_amount(v: f64) -> String {
    let whole = v.trunc() as i64;
    let mut s = whole.abs().to_string();
    let mut i = s.len() as isize - 3;
    while i > 0 {
        s.insert(i as usize, ',');
        i -= 3;
    }
    let frac = ((v.fract() * 100.0).round() as i64).abs();
    if frac > 0 {
        format!("{s}.{frac:02}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_as_people_type_them() {
        assert_eq!(parse_amount("650,000"), Some(650000.0));
        assert_eq!(parse_amount("650.000"), Some(650000.0));
        assert_eq!(parse_amount("¥ 12000"), Some(12000.0));
        assert_eq!(parse_amount("12.50"), Some(12.5));
        assert_eq!(parse_amount("0"), None);
        assert_eq!(parse_amount("abc"), None);
        assert_eq!(format_amount(650000.0), "650,000");
        assert_eq!(format_amount(12.5), "12.50");
    }
}
