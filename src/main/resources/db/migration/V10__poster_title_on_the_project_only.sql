-- A poster's title is recorded once, by the teacher in PresentPoster (development_project.poster_title); the
-- network event only records who presented (poster_presentation) and reads the titles from the projects.
-- Titles a facilitator listed at a network event for a project that has none are kept on the project first.
update development_project dp
   set poster_title = (select left(max(pp.poster_title), 300)
                         from poster_presentation pp
                         join network_event ne on ne.id = pp.network_event_id
                        where ne.circle_id = dp.circle_id and pp.teacher_id = dp.teacher)
 where dp.poster_title is null
   and exists (select 1
                 from poster_presentation pp
                 join network_event ne on ne.id = pp.network_event_id
                where ne.circle_id = dp.circle_id and pp.teacher_id = dp.teacher);
alter table poster_presentation drop column poster_title;
