package com.bank.complaints.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.bank.complaints.rootcause.Axis;
import com.bank.complaints.sla.SlaClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The dashboard's texts exist in both languages, so neither page shows a key or falls back to English. */
class DashboardMessagesTest {

    @Test
    @DisplayName("every dashboard.* key of messages.properties is in messages_zh.properties and vice versa")
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = dashboardKeys("messages.properties");

        assertThat(english).isNotEmpty();
        assertThat(dashboardKeys("messages_zh.properties")).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    @DisplayName("every SLA clock, cause axis, dimension table and its basis, and trend bucket has a name on the dashboard")
    void everythingShownByNameHasOne() throws IOException {
        Stream<String> named = Stream.of(
                Arrays.stream(SlaClock.values()).map(clock -> "dashboard.clock." + clock.name()),
                Arrays.stream(Axis.values()).map(axis -> "dashboard.axis." + axis.name()),
                Arrays.stream(Dimensions.Table.values()).map(table -> "dashboard.table." + table.key()),
                Arrays.stream(Dimensions.Table.values()).map(table -> "dashboard.basis." + table.basis()),
                Arrays.stream(Bucket.values()).map(bucket -> "dashboard.bucket." + bucket.name()))
                .flatMap(keys -> keys);

        assertThat(dashboardKeys("messages.properties")).containsAll(named.toList());
    }

    /** Read as Spring Boot reads them: UTF-8 (spring.messages.encoding's default). */
    private static Set<String> dashboardKeys(String file) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages.stringPropertyNames().stream().filter(key -> key.startsWith("dashboard."))
                .collect(Collectors.toSet());
    }
}
