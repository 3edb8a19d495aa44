ALTER TABLE `candidates` ADD `name_order` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `candidates_name_order` ON `candidates` (`name_order`);--> statement-breakpoint
ALTER TABLE `turnout` ADD `sort_name_en` text;--> statement-breakpoint
ALTER TABLE `turnout` ADD `sort_name_kk` text;--> statement-breakpoint
ALTER TABLE `turnout` ADD `sort_name_ru` text;--> statement-breakpoint
CREATE INDEX `turnout_sort_name_en` ON `turnout` (`election_id`,`sort_name_en`,`region_id`);--> statement-breakpoint
CREATE INDEX `turnout_sort_name_kk` ON `turnout` (`election_id`,`sort_name_kk`,`region_id`);--> statement-breakpoint
CREATE INDEX `turnout_sort_name_ru` ON `turnout` (`election_id`,`sort_name_ru`,`region_id`);