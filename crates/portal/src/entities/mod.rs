//! SeaORM entities of the portal tables (schema: `hiroba-migration`, step 4).

pub mod article_relations;
pub mod article_revisions;
pub mod article_translations;
pub mod article_views;
pub mod articles;
pub mod portal_media;
pub mod video_subtitles;
