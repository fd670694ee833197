package com.bank.complaints.reporting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The dashboard's own beans. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    static final String READERS = "dashboardReaders";

    /**
     * The threads that read the dashboard's reports side by side, as many as
     * complaints.reporting.dashboard-readers; a request waits for its own reads only. Not a default
     * candidate: taken by its name only, so it neither serves other executor needs (@Async, the
     * engine) nor keeps Spring Boot from configuring its own.
     */
    @Bean(name = READERS, defaultCandidate = false)
    ThreadPoolTaskExecutor dashboardReaders(@Value("${complaints.reporting.dashboard-readers}") int threads) {
        ThreadPoolTaskExecutor readers = new ThreadPoolTaskExecutor();
        readers.setCorePoolSize(threads);
        readers.setMaxPoolSize(threads);
        // stopped with the other beans, after the requests in flight have been answered (graceful
        // shutdown), and then without interrupting a read
        readers.setWaitForTasksToCompleteOnShutdown(true);
        return readers;
    }
}
