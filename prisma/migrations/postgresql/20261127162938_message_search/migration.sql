-- Full-text search over messages (hand-written: Prisma cannot express expression indexes).
-- searchText holds CJK bigrams and lower-cased latin words (src/storage/search-text.ts).
CREATE INDEX "Message_searchText_fts" ON "Message" USING GIN (to_tsvector('simple', "searchText"));
