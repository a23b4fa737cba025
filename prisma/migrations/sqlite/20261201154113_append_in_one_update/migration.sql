-- AlterTable (an added column; a table rebuild here would drop the columns and indexes of migrations merged alongside)
ALTER TABLE "Conversation" ADD COLUMN "prevVisitorSeq" INTEGER NOT NULL DEFAULT 0;


-- Search indexing batched behind the write (hand-written; src/storage/sql/sqlite-search-index.ts):
-- no insert trigger; an index row's rowid is its message's rowid, so the indexer finds what is
-- pending by rowid. Deletes and edits of searchText still follow at once.
DROP TRIGGER "Message_search_insert";
DROP TRIGGER "Message_search_delete";
DROP TRIGGER "Message_search_update";
DELETE FROM "MessageSearch";
INSERT INTO "MessageSearch" ("rowid", "searchText", "messageId", "workspaceId") SELECT "rowid", "searchText", "id", "workspaceId" FROM "Message" ORDER BY "rowid";
CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" BEGIN
  DELETE FROM "MessageSearch" WHERE "rowid" = old."rowid";
END;
CREATE TRIGGER "Message_search_update" AFTER UPDATE OF "searchText" ON "Message" BEGIN
  UPDATE "MessageSearch" SET "searchText" = new."searchText" WHERE "rowid" = old."rowid";
END;
