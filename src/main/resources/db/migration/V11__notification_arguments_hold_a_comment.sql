-- A notification's arguments carry what its message shows, a returned plan's or report's comments included
-- (up to 20,000 characters, as the review forms state). 2,000 characters failed the facilitator's review.
alter table notification alter column arguments set data type varchar(1000000);
