-- A poster's title is recorded once, by the teacher in PresentPoster (development_project.poster_title); the
-- network event only records who presented (poster_presentation) and reads the titles from the projects.
alter table poster_presentation drop column poster_title;
