/**
 * Shared kernel: the contract of the lifecycle model (ids, variables, groups) and helpers every stage uses.
 * Offers ComplaintLifecycle, CaseAccess, SecondPerson, TaskActor, AsSystem; imports no feature module.
 */
package com.bank.complaints.lifecycle;
