package uk.safeguarding.rules.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The institutional setting the child was in when harmed, if any (Working Together 2023's list): "
        + "NONE; CHILDRENS_HOME; SECURE_CHILDRENS_HOME; OTHER_RESIDENTIAL_SETTING (other settings with residential "
        + "provision for children); POLICE_CUSTODY; YOUNG_OFFENDER_INSTITUTION; SECURE_TRAINING_CENTRE; "
        + "MENTAL_HEALTH_ACT_DETENTION (detained under the Mental Health Act 1983); MENTAL_CAPACITY_ACT_DETENTION "
        + "(deprived of liberty under the Mental Capacity Act 2005); UNKNOWN.")
public enum InstitutionalSetting {
    NONE, CHILDRENS_HOME, SECURE_CHILDRENS_HOME, OTHER_RESIDENTIAL_SETTING, POLICE_CUSTODY, YOUNG_OFFENDER_INSTITUTION,
    SECURE_TRAINING_CENTRE, MENTAL_HEALTH_ACT_DETENTION, MENTAL_CAPACITY_ACT_DETENTION, UNKNOWN
}
