CREATE TABLE `discrepancy_keys` (
	`id` integer PRIMARY KEY NOT NULL,
	`election_id` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`metric` text NOT NULL,
	`dispositions` text NOT NULL,
	FOREIGN KEY (`election_id`) REFERENCES `elections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `discrepancy_keys_election` ON `discrepancy_keys` (`election_id`,`id`);