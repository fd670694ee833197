/**
 * Shared kernel: time, secrets, masking of personal and card data, input errors, CSV.
 * Offers BusinessTime, InstallationSecrets, CardNumbers, PersonalDataMasking, CsvWriter, FieldError; imports no feature module.
 */
package com.bank.complaints.system;
