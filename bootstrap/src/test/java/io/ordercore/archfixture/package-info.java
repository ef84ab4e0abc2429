/**
 * Classes that break the architecture rules on purpose, so that ArchitectureRulesBiteTest can prove
 * each rule fails when broken. They mirror the real tree under {@code io.ordercore.archfixture}.
 */
package io.ordercore.archfixture;
