CREATE INDEX `regions_parent` ON `regions` (`parent_id`);--> statement-breakpoint
CREATE INDEX `regions_kind` ON `regions` (`kind`);--> statement-breakpoint
CREATE INDEX `claims_source` ON `claims` (`source_id`,`election_id`,`subject_type`,`subject_id`,`metric`,`id`);--> statement-breakpoint
CREATE INDEX `contestants_nominated_by` ON `contestants` (`nominated_by_id`);