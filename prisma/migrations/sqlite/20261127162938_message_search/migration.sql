-- Full-text search over messages (hand-written: Prisma cannot express FTS5).
-- searchText holds CJK bigrams and lower-cased latin words (src/storage/search-text.ts), so the
-- unicode61 tokenizer finds Chinese words of any length without a segmenter.
CREATE VIRTUAL TABLE "MessageSearch" USING fts5("searchText", "messageId" UNINDEXED, "workspaceId" UNINDEXED, tokenize = 'unicode61');
CREATE TRIGGER "Message_search_insert" AFTER INSERT ON "Message" BEGIN
  INSERT INTO "MessageSearch" ("searchText", "messageId", "workspaceId") VALUES (new."searchText", new."id", new."workspaceId");
END;
CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" BEGIN
  DELETE FROM "MessageSearch" WHERE "messageId" = old."id";
END;
CREATE TRIGGER "Message_search_update" AFTER UPDATE OF "searchText" ON "Message" BEGIN
  DELETE FROM "MessageSearch" WHERE "messageId" = old."id";
  INSERT INTO "MessageSearch" ("searchText", "messageId", "workspaceId") VALUES (new."searchText", new."id", new."workspaceId");
END;
