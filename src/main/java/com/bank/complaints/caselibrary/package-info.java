/**
 * Case library for training (R-AN-4): owns nothing; reads closed complaints and shows them masked.
 * Offers GET /api/case-library (JSON, CSV).
 */
package com.bank.complaints.caselibrary;
