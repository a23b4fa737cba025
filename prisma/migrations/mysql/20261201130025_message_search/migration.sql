-- Full-text search over messages (hand-written: Prisma cannot express it). searchText holds CJK
-- bigrams and lower-cased words (src/storage/search-text.ts). InnoDB's FULLTEXT parser skips
-- tokens shorter than innodb_ft_min_token_size (3: every bigram) and its stopwords ("the", "is"),
-- and MariaDB has no ngram parser, so the index reads a copy of searchText with every token
-- suffixed "__": 4-character bigrams, no stopwords. INVISIBLE keeps it out of SELECT * and Prisma.
ALTER TABLE `Message` ADD COLUMN `searchTokens` TEXT GENERATED ALWAYS AS (CONCAT(REPLACE(`searchText`, ' ', '__ '), '__')) STORED INVISIBLE;
CREATE FULLTEXT INDEX `Message_searchTokens_fts` ON `Message`(`searchTokens`);
