package com.bank.complaints.caselibrary;


import com.bank.complaints.system.CsvWriter;
import com.bank.complaints.system.Parameters;
import com.bank.complaints.reporting.ReportFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AN-4 the case library for handlers, supervisors, compliance, management and administrators
 * (see SecurityConfiguration): a search as JSON, or CSV with format=csv or Accept: text/csv, and one
 * case in full. Personal data is masked in both (R-REC-2).
 */
@RestController
@RequestMapping("/api/case-library")
class CaseLibraryController {

    private final CaseLibrary library;

    CaseLibraryController(CaseLibrary library) {
        this.library = library;
    }

    @GetMapping
    ResponseEntity<?> search(@ModelAttribute LibraryParameters parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        LibraryQuery query = parameters.parse(accept);
        LibraryPage page = library.search(query);
        return query.csv() ? ReportFormat.csv("case-library_page-" + page.page(), csv(page)) : ReportFormat.json(page);
    }

    @GetMapping("/{reference}")
    ResponseEntity<?> story(@PathVariable String reference) {
        Parameters read = new Parameters();
        read.reference("reference", reference);
        read.validate();
        return library.find(reference).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No closed case has this reference.")));
    }

    private static CsvWriter csv(LibraryPage page) {
        CsvWriter csv = new CsvWriter("reference", "closedAt", "product", "category", "specialKind", "finding",
                "remedyType", "remedyAmount", "satisfactionScore", "causes", "causeSummary", "grievance",
                "expectedOutcome");
        page.cases().forEach(c -> csv.row(c.reference(), c.closedAt(), c.product(), c.category(), c.specialKind(),
                c.finding(), c.remedyType(), c.remedyAmount(), c.satisfactionScore(), String.join(" ", c.causes()),
                c.causeSummary(), c.grievance(), c.expectedOutcome()));
        return csv;
    }
}
