PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sources` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text,
	`title` text,
	`description` text,
	`publisher` text NOT NULL,
	`kind` text NOT NULL,
	`language` text,
	`published_on` text
);
--> statement-breakpoint
INSERT INTO `__new_sources`("id", "url", "title", "publisher", "kind", "language", "published_on") SELECT "id", "url", "title", "publisher", "kind", "language", "published_on" FROM `sources`;--> statement-breakpoint
DROP TABLE `sources`;--> statement-breakpoint
ALTER TABLE `__new_sources` RENAME TO `sources`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `parties` ADD `founded_on` text;--> statement-breakpoint
ALTER TABLE `parties` ADD `founded_precision` text;