package kz.shamy.reports.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One kept error of a stored import (see {@link ImportJobRecord}). */
@Entity
@Table(name = "report_import_error")
class ImportErrorRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String jobId;
    @Column(name = "line_number")
    private int line;
    @Column(name = "field_name")
    private String field;
    private String message;

    protected ImportErrorRecord() {
    }

    ImportErrorRecord(String jobId, ImportError error) {
        this.jobId = jobId;
        this.line = error.line();
        this.field = error.field();
        this.message = error.message().length() > 2000 ? error.message().substring(0, 2000) : error.message();
    }

    ImportError toError() {
        return new ImportError(line, field, message);
    }
}
