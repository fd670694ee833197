/**
 * Operations metrics of the engine and the desk (job backlog, incidents, complaints received).
 * Offers them to Micrometer (/actuator/prometheus); owns nothing.
 */
package com.bank.complaints.monitoring;
