CREATE TABLE `boundaries` (
	`set_id` text NOT NULL,
	`region_id` text NOT NULL,
	`resolution` text NOT NULL,
	`geometry` text NOT NULL,
	PRIMARY KEY(`set_id`, `resolution`, `region_id`),
	FOREIGN KEY (`set_id`) REFERENCES `boundary_sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `boundaries_region` ON `boundaries` (`region_id`);--> statement-breakpoint
CREATE TABLE `boundary_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`attribution` text NOT NULL,
	`licence` text NOT NULL,
	`licence_url` text NOT NULL,
	`source_id` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `candidate_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` text NOT NULL,
	`lang` text NOT NULL,
	`form` text NOT NULL,
	`name` text NOT NULL,
	`source_ids` text NOT NULL,
	`displayed` integer NOT NULL,
	`choice_reason` text,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidate_names_candidate` ON `candidate_names` (`candidate_id`);