package kz.shamy.reports;

/** Where a report comes from. */
public enum ReportOrigin {
    /** Written in the development-work process: project, school and region by id, author a username. */
    PROCESS,
    /** Imported from the archive of earlier years: author, school and region as names, published as imported. */
    ARCHIVE
}
