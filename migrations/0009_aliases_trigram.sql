-- A trigram index over the folded spellings, so that search's substring match (LIKE '%word%') reads the
-- spellings holding the word's trigrams instead of scanning every spelling. External content: the text lives
-- once, in aliases; the trigger indexes each row as the loader inserts it (the store is never updated after).
CREATE VIRTUAL TABLE `aliases_trigram` USING fts5(`folded`, content='aliases', content_rowid='id', tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `aliases_trigram_insert` AFTER INSERT ON `aliases` BEGIN
  INSERT INTO `aliases_trigram`(rowid, `folded`) VALUES (new.`id`, new.`folded`);
END;
