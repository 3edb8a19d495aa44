CREATE TABLE `aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`alias` text NOT NULL,
	`folded` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `aliases_folded` ON `aliases` (`folded`);--> statement-breakpoint
CREATE INDEX `aliases_entity` ON `aliases` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_kk` text,
	`name_ru` text
);
--> statement-breakpoint
CREATE TABLE `parties` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_kk` text,
	`name_ru` text,
	`kind` text NOT NULL,
	`founded` text,
	`source_ids` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `party_links` (
	`from_party_id` text NOT NULL,
	`to_party_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	PRIMARY KEY(`from_party_id`, `to_party_id`),
	FOREIGN KEY (`from_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `region_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` text NOT NULL,
	`lang` text NOT NULL,
	`name` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `region_names_region` ON `region_names` (`region_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_kk` text,
	`name_ru` text,
	`kind` text NOT NULL,
	`iso_3166_2_until_2022_11_28` text,
	`iso_3166_2_from_2022_11_29` text,
	`valid_from` text,
	`valid_to` text,
	`parent_id` text,
	`source_ids` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`publisher` text NOT NULL,
	`kind` text NOT NULL,
	`language` text,
	`published_on` text
);
--> statement-breakpoint
CREATE TABLE `special_contestants` (
	`id` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `build_info` (
	`seed_hash` text PRIMARY KEY NOT NULL,
	`built_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`election_id` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`metric` text NOT NULL,
	`value` text NOT NULL,
	`value_num` real,
	`unit` text NOT NULL,
	`status` text NOT NULL,
	`disposition` text NOT NULL,
	`source_id` text NOT NULL,
	`reason` text NOT NULL,
	`corroborating_source_ids` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_key` ON `claims` (`election_id`,`subject_type`,`subject_id`,`metric`);--> statement-breakpoint
CREATE INDEX `claims_disposition` ON `claims` (`disposition`,`election_id`);--> statement-breakpoint
CREATE TABLE `contestants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contest_id` text NOT NULL,
	`election_id` text NOT NULL,
	`contestant_id` text NOT NULL,
	`kind` text NOT NULL,
	`nominated_by_id` text,
	`nominated_by_text` text,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nominated_by_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contestants_contest_contestant` ON `contestants` (`contest_id`,`contestant_id`);--> statement-breakpoint
CREATE INDEX `contestants_contestant` ON `contestants` (`contestant_id`);--> statement-breakpoint
CREATE TABLE `contests` (
	`id` text PRIMARY KEY NOT NULL,
	`election_id` text NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`district_number` integer,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contests_election_slug` ON `contests` (`election_id`,`slug`);--> statement-breakpoint
CREATE TABLE `elections` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name_en` text NOT NULL,
	`date` text NOT NULL,
	`system` text NOT NULL,
	`date_claim_id` text
);
--> statement-breakpoint
CREATE TABLE `gaps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`metric` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gaps_election` ON `gaps` (`election_id`);--> statement-breakpoint
CREATE TABLE `quality_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` text NOT NULL,
	`check` text NOT NULL,
	`subject` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quality_flags_election` ON `quality_flags` (`election_id`);--> statement-breakpoint
CREATE TABLE `districts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` text NOT NULL,
	`contest_id` text NOT NULL,
	`number` integer NOT NULL,
	`name` text,
	`name_claim` text,
	`region_id` text,
	`region_id_claim` text,
	`winner_name` text,
	`winner_name_claim` text,
	`winner_candidate_id` text,
	`party_id` text,
	`party_id_claim` text,
	`registered_voters` integer,
	`registered_voters_claim` text,
	`candidates_nominated` integer,
	`candidates_nominated_claim` text,
	`candidates_count` integer,
	`candidates_count_claim` text,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`name_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`winner_name_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_voters_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`candidates_nominated_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`candidates_count_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `districts_election` ON `districts` (`election_id`,`number`);--> statement-breakpoint
CREATE TABLE `results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` text NOT NULL,
	`contest_id` text NOT NULL,
	`region_id` text,
	`contestant_id` text NOT NULL,
	`votes` integer,
	`votes_claim` text,
	`pct` real,
	`pct_claim` text,
	`pct_of_valid` real,
	`pct_of_valid_claim` text,
	`rank` integer,
	`rank_claim` text,
	`elected` integer,
	`elected_claim` text,
	`list_candidates` integer,
	`list_candidates_claim` text,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`votes_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pct_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pct_of_valid_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rank_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`elected_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`list_candidates_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `results_election_region` ON `results` (`election_id`,`region_id`,`contest_id`);--> statement-breakpoint
CREATE INDEX `results_contestant` ON `results` (`contestant_id`);--> statement-breakpoint
CREATE TABLE `seats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` text NOT NULL,
	`holder_id` text NOT NULL,
	`holder_kind` text NOT NULL,
	`party_list` integer,
	`party_list_claim` text,
	`district` integer,
	`district_claim` text,
	`assembly` integer,
	`assembly_claim` text,
	`total` integer,
	`total_claim` text,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_list_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assembly_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`total_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `seats_election` ON `seats` (`election_id`);--> statement-breakpoint
CREATE INDEX `seats_holder` ON `seats` (`holder_id`);--> statement-breakpoint
CREATE TABLE `turnout` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`election_id` text NOT NULL,
	`region_id` text,
	`registered_voters` integer,
	`registered_voters_claim` text,
	`voters_participated` integer,
	`voters_participated_claim` text,
	`turnout_pct` real,
	`turnout_pct_claim` text,
	`valid_ballots` integer,
	`valid_ballots_claim` text,
	`invalid_ballots` integer,
	`invalid_ballots_claim` text,
	`polling_stations` integer,
	`polling_stations_claim` text,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`registered_voters_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voters_participated_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`turnout_pct_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`valid_ballots_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invalid_ballots_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`polling_stations_claim`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `turnout_election_region` ON `turnout` (`election_id`,`region_id`);--> statement-breakpoint
CREATE INDEX `turnout_region` ON `turnout` (`region_id`);