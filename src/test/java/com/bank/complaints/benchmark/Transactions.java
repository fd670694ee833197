package com.bank.complaints.benchmark;

import com.bank.complaints.cluster.Node;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Committed transactions of the node's PostgreSQL database (pg_stat_database.xact_commit), read-only
 * ones included. A server process reports its counts when it goes idle, at most once a second, so
 * the node's pooled connections are closed (and reopened on demand) before reading.
 */
final class Transactions {

    private Transactions() {
    }

    static long committed(Node node) throws InterruptedException {
        node.bean(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        Thread.sleep(1500);
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        return jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()",
                Long.class);
    }
}
