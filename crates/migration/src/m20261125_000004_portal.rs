//! Portal: articles and videos, their translations (versioned, so an edited source marks its
//! translations outdated), revisions, media, subtitles, daily view counts and the search index.

use crate::{dialect, id_pk};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261125_000004_portal"
    }
}

#[derive(DeriveIden)]
enum Articles {
    Table,
    Id,
    Slug,
    Kind,
    Topic,
    Countries,
    Author,
    SourceLang,
    Status,
    VideoUrl,
    VideoFile,
    ThumbnailId,
    PublishedAt,
    ReviewedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ArticleTranslations {
    Table,
    Id,
    ArticleId,
    Lang,
    Title,
    Summary,
    Body,
    Version,
    SourceVersion,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum ArticleRevisions {
    Table,
    Id,
    ArticleId,
    Lang,
    Version,
    Title,
    Summary,
    Body,
    EditorId,
    Note,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ArticleRelations {
    Table,
    ArticleId,
    RelatedId,
}

#[derive(DeriveIden)]
enum ArticleViews {
    Table,
    ArticleId,
    Lang,
    Day,
    Views,
}

#[derive(DeriveIden)]
enum PortalMedia {
    Table,
    Id,
    ArticleId,
    Name,
    Width,
    ContentType,
    Bytes,
    CreatedAt,
}

#[derive(DeriveIden)]
enum VideoSubtitles {
    Table,
    ArticleId,
    Lang,
    Vtt,
    UpdatedAt,
}

fn fk(from: (ArticleTranslations, ArticleTranslations)) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(Articles::Table, Articles::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Articles::Table)
                .col(id_pk(Articles::Id))
                .col(ColumnDef::new(Articles::Slug).string_len(120).not_null().unique_key())
                .col(ColumnDef::new(Articles::Kind).string_len(16).not_null())
                .col(ColumnDef::new(Articles::Topic).string_len(32).not_null())
                // Comma-separated ISO 3166 alpha-2 codes of the sending countries the page is for.
                .col(ColumnDef::new(Articles::Countries).string_len(200).not_null())
                .col(ColumnDef::new(Articles::Author).string_len(200).not_null())
                .col(ColumnDef::new(Articles::SourceLang).string_len(16).not_null())
                .col(ColumnDef::new(Articles::Status).string_len(16).not_null())
                .col(ColumnDef::new(Articles::VideoUrl).string_len(500).null())
                .col(ColumnDef::new(Articles::VideoFile).string_len(200).null())
                .col(ColumnDef::new(Articles::ThumbnailId).big_integer().null())
                .col(ColumnDef::new(Articles::PublishedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Articles::ReviewedAt).timestamp_with_time_zone().null())
                .col(ColumnDef::new(Articles::CreatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(Articles::UpdatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("articles_topic_status")
                .table(Articles::Table)
                .col(Articles::Topic)
                .col(Articles::Status)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ArticleTranslations::Table)
                .col(id_pk(ArticleTranslations::Id))
                .col(ColumnDef::new(ArticleTranslations::ArticleId).big_integer().not_null())
                .col(ColumnDef::new(ArticleTranslations::Lang).string_len(16).not_null())
                .col(ColumnDef::new(ArticleTranslations::Title).string_len(300).not_null())
                .col(ColumnDef::new(ArticleTranslations::Summary).string_len(600).not_null())
                .col(ColumnDef::new(ArticleTranslations::Body).text().not_null())
                // Incremented on every edit.
                .col(ColumnDef::new(ArticleTranslations::Version).integer().not_null())
                // The source translation's version this one was made from (NULL for the source).
                .col(ColumnDef::new(ArticleTranslations::SourceVersion).integer().null())
                .col(ColumnDef::new(ArticleTranslations::UpdatedAt).timestamp_with_time_zone().not_null())
                .col(ColumnDef::new(ArticleTranslations::UpdatedBy).big_integer().null())
                .foreign_key(&mut fk((ArticleTranslations::Table, ArticleTranslations::ArticleId)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("article_translations_article_lang")
                .table(ArticleTranslations::Table)
                .col(ArticleTranslations::ArticleId)
                .col(ArticleTranslations::Lang)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ArticleRevisions::Table)
                .col(id_pk(ArticleRevisions::Id))
                .col(ColumnDef::new(ArticleRevisions::ArticleId).big_integer().not_null())
                .col(ColumnDef::new(ArticleRevisions::Lang).string_len(16).not_null())
                .col(ColumnDef::new(ArticleRevisions::Version).integer().not_null())
                .col(ColumnDef::new(ArticleRevisions::Title).string_len(300).not_null())
                .col(ColumnDef::new(ArticleRevisions::Summary).string_len(600).not_null())
                .col(ColumnDef::new(ArticleRevisions::Body).text().not_null())
                .col(ColumnDef::new(ArticleRevisions::EditorId).big_integer().null())
                .col(ColumnDef::new(ArticleRevisions::Note).string_len(500).not_null())
                .col(ColumnDef::new(ArticleRevisions::CreatedAt).timestamp_with_time_zone().not_null())
                .foreign_key(
                    ForeignKey::create()
                        .from(ArticleRevisions::Table, ArticleRevisions::ArticleId)
                        .to(Articles::Table, Articles::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("article_revisions_article")
                .table(ArticleRevisions::Table)
                .col(ArticleRevisions::ArticleId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ArticleRelations::Table)
                .col(ColumnDef::new(ArticleRelations::ArticleId).big_integer().not_null())
                .col(ColumnDef::new(ArticleRelations::RelatedId).big_integer().not_null())
                .primary_key(
                    Index::create().col(ArticleRelations::ArticleId).col(ArticleRelations::RelatedId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ArticleRelations::Table, ArticleRelations::ArticleId)
                        .to(Articles::Table, Articles::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(ArticleRelations::Table, ArticleRelations::RelatedId)
                        .to(Articles::Table, Articles::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ArticleViews::Table)
                .col(ColumnDef::new(ArticleViews::ArticleId).big_integer().not_null())
                .col(ColumnDef::new(ArticleViews::Lang).string_len(16).not_null())
                // `YYYY-MM-DD` in Japan time: the day a reader in Japan lives in.
                .col(ColumnDef::new(ArticleViews::Day).string_len(10).not_null())
                .col(ColumnDef::new(ArticleViews::Views).big_integer().not_null())
                .primary_key(
                    Index::create()
                        .col(ArticleViews::ArticleId)
                        .col(ArticleViews::Lang)
                        .col(ArticleViews::Day),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(PortalMedia::Table)
                .col(id_pk(PortalMedia::Id))
                .col(ColumnDef::new(PortalMedia::ArticleId).big_integer().null())
                .col(ColumnDef::new(PortalMedia::Name).string_len(200).not_null())
                .col(ColumnDef::new(PortalMedia::Width).integer().not_null())
                .col(ColumnDef::new(PortalMedia::ContentType).string_len(64).not_null())
                .col(ColumnDef::new(PortalMedia::Bytes).blob().not_null())
                .col(ColumnDef::new(PortalMedia::CreatedAt).timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(VideoSubtitles::Table)
                .col(ColumnDef::new(VideoSubtitles::ArticleId).big_integer().not_null())
                .col(ColumnDef::new(VideoSubtitles::Lang).string_len(16).not_null())
                .col(ColumnDef::new(VideoSubtitles::Vtt).text().not_null())
                .col(ColumnDef::new(VideoSubtitles::UpdatedAt).timestamp_with_time_zone().not_null())
                .primary_key(Index::create().col(VideoSubtitles::ArticleId).col(VideoSubtitles::Lang))
                .foreign_key(
                    ForeignKey::create()
                        .from(VideoSubtitles::Table, VideoSubtitles::ArticleId)
                        .to(Articles::Table, Articles::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        dialect::create_search_table(m.get_connection(), "portal_search").await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        dialect::drop_search_table(m.get_connection(), "portal_search").await?;
        for t in [
            VideoSubtitles::Table.into_iden(),
            PortalMedia::Table.into_iden(),
            ArticleViews::Table.into_iden(),
            ArticleRelations::Table.into_iden(),
            ArticleRevisions::Table.into_iden(),
            ArticleTranslations::Table.into_iden(),
            Articles::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
