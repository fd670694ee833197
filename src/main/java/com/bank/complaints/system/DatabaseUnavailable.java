package com.bank.complaints.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (connection lost, pool timed out waiting for one, server down) from
 * every other failure: such a request was not carried out, and the caller may simply try again later. The
 * engine and the pool wrap the cause several times, so the whole chain is read.
 */
public final class DatabaseUnavailable {

    /** What the 503 tells the caller to wait; about the time a restarted or failed-over database needs. */
    public static final int RETRY_AFTER_SECONDS = 30;
    public static final String DETAIL = "The complaint desk cannot reach its database just now; nothing was stored "
            + "or changed. Please try again in " + RETRY_AFTER_SECONDS + " seconds.";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            // a rollback that fails on the lost connection hides the failure that made it roll back
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure && causedBy(rollback.getApplicationException())) {
                return true;
            }
            // SQL state class 08: connection exception (both H2 and PostgreSQL use it)
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
