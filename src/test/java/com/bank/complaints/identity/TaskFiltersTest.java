package com.bank.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Tasklist filters are the product's: written as defined now, and left alone when they already are. */
@DeskTest
class TaskFiltersTest {

    @Autowired
    IdentitySetup setup;
    @Autowired
    FilterService filterService;

    @Test
    @DisplayName("Issue 15 point 4 every filter sorts by priority first, then by due date")
    void filtersSortByPriorityThenDueDate() {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            TaskQueryImpl query = filter.getQuery();
            assertThat(query.getOrderingProperties()).extracting(QueryOrderingProperty::getQueryProperty)
                    .extracting(property -> property.getName()).as(filter.getName()).startsWith("PRIORITY_", "DUE_DATE_");
        }
    }

    @Test
    @DisplayName("a restart writes no filter that is already as defined, so nodes starting together do not collide")
    void restartLeavesCurrentFiltersAlone() {
        Map<String, Integer> before = revisions();

        setup.run(null);

        assertThat(revisions()).isEqualTo(before);
    }

    private Map<String, Integer> revisions() {
        return filterService.createTaskFilterQuery().list().stream()
                .collect(Collectors.toMap(Filter::getName, filter -> ((FilterEntity) filter).getRevision()));
    }
}
