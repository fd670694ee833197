package com.bank.complaints.reporting;

import java.util.List;
import java.util.Map;

import com.bank.complaints.vigilance.PatternFlag;

/**
 * What the dashboard shows of one period: its figures and tables, the root causes of the month it
 * ends in, the open suspicious-pattern flags, each table's CSV link and the charts' data (JSON).
 */
record DashboardView(ReportQuery query, Bucket bucket, Kpis kpis, Trend trend, Dimensions dimensions,
        CauseReport causes, List<PatternFlag> flags, Map<String, String> links, String chartData) {

    /** The parts under the names reporting/dashboard.html reads them by. */
    Map<String, Object> attributes() {
        return Map.of("query", query, "bucket", bucket, "kpis", kpis, "trend", trend, "dimensions", dimensions,
                "tables", Dimensions.Table.values(), "causes", causes, "flags", flags, "links", links,
                "chartData", chartData);
    }
}
