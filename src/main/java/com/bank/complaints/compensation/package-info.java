/**
 * Compensation caps and the approval checks of issue 17.7: owns nothing; reads the remedy record (resolution), the
 * complaint (intake) and the suspicious-pattern flags (vigilance).
 * Offers approvalChecks, the start listener of Task_DecideApprovalAuthority that works out customerFlagged,
 * compensationCapExceeded and approvalReason for remedy-authority.dmn, with the cap of compensation-caps.dmn.
 */
package com.bank.complaints.compensation;
