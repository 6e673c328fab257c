//! The secretariat extends the issue taxonomy: a type it adds carries its own label in each
//! language (the built-in types keep theirs in the Fluent catalogue), and a type that is no longer
//! offered is retired rather than deleted, so that the counts already made with it stay.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261126_000007_assist_taxonomy"
    }
}

#[derive(DeriveIden)]
enum AssistIssueTypes {
    Table,
    /// JSON object, language code → label; NULL for the built-in types.
    Labels,
    Retired,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(AssistIssueTypes::Table)
                    .add_column(ColumnDef::new(AssistIssueTypes::Labels).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AssistIssueTypes::Table)
                    .add_column(ColumnDef::new(AssistIssueTypes::Retired).boolean().not_null().default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [AssistIssueTypes::Labels, AssistIssueTypes::Retired] {
            manager
                .alter_table(Table::alter().table(AssistIssueTypes::Table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
