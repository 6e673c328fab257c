//! Events: workshops, seminars, gatherings, forums and study trips (the Field Academy's linked
//! sessions share a series), registrations with a waiting list, and attendance.

use crate::id_pk;
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000015_events"
    }
}

#[derive(DeriveIden)]
enum EventSeries {
    Table,
    Id,
    Title,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Events {
    Table,
    Id,
    Kind,
    Title,
    Summary,
    Lang,
    Format,
    Place,
    OnlineUrl,
    Audience,
    Capacity,
    StartsAt,
    EndsAt,
    SeriesId,
    SeriesPart,
    CancelledAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
    EventId,
    UserId,
    /// registered, waiting, cancelled
    Status,
    Attended,
    Lang,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(EventSeries::Table)
                .col(id_pk(EventSeries::Id))
                .col(ColumnDef::new(EventSeries::Title).string_len(300).not_null())
                .col(ColumnDef::new(EventSeries::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Events::Table)
                .col(id_pk(Events::Id))
                .col(ColumnDef::new(Events::Kind).string_len(32).not_null())
                .col(ColumnDef::new(Events::Title).string_len(300).not_null())
                .col(ColumnDef::new(Events::Summary).text().not_null())
                .col(ColumnDef::new(Events::Lang).string_len(16).not_null())
                .col(ColumnDef::new(Events::Format).string_len(16).not_null())
                .col(ColumnDef::new(Events::Place).string_len(500).not_null())
                .col(ColumnDef::new(Events::OnlineUrl).string_len(500).not_null())
                .col(ColumnDef::new(Events::Audience).string_len(16).not_null())
                .col(ColumnDef::new(Events::Capacity).integer().null())
                .col(ColumnDef::new(Events::StartsAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Events::EndsAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Events::SeriesId).big_integer().null())
                .col(ColumnDef::new(Events::SeriesPart).string_len(32).not_null())
                .col(ColumnDef::new(Events::CancelledAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Events::CreatedBy).big_integer().not_null())
                .col(ColumnDef::new(Events::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Events::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("events_starts_at").table(Events::Table).col(Events::StartsAt).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(EventRegistrations::Table)
                .col(id_pk(EventRegistrations::Id))
                .col(ColumnDef::new(EventRegistrations::EventId).big_integer().not_null())
                .col(ColumnDef::new(EventRegistrations::UserId).big_integer().not_null())
                .col(ColumnDef::new(EventRegistrations::Status).string_len(16).not_null())
                .col(ColumnDef::new(EventRegistrations::Attended).boolean().not_null())
                .col(ColumnDef::new(EventRegistrations::Lang).string_len(16).not_null())
                .col(ColumnDef::new(EventRegistrations::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(EventRegistrations::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("event_registrations_once")
                .table(EventRegistrations::Table)
                .col(EventRegistrations::EventId)
                .col(EventRegistrations::UserId)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["event_registrations", "events", "event_series"] {
            m.drop_table(Table::drop().table(Alias::new(t)).to_owned()).await?;
        }
        Ok(())
    }
}
