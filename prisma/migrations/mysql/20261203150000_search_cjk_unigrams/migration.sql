-- Message.searchText lists each CJK character once as a unigram after the bigrams
-- (src/storage/search-text.ts), so a search for one Chinese character finds it. SQL cannot
-- tokenise: the data step of the same name in src/storage/data-migrations.ts rewrites the rows
-- right after this file runs.
SELECT 1;
