/**
 * Shared kernel: time, secrets, masking of personal and card data, reading input and naming its errors, CSV.
 * Offers BusinessTime, InstallationSecrets, CardNumbers, PersonalDataMasking, CsvWriter, Parameters, FieldError, NodeName,
 * EngineParseListeners; imports no feature module.
 */
package com.bank.complaints.system;
