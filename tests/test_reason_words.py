"""A denial reason in words nobody listed: wider phrase rules, words that deny a reason,
and how sure the category is when the words alone name it."""

from __future__ import annotations

import pytest

from appealgen.read.classify import classify, phrase_categories
from appealgen.read.evidence_denial import category_sureness


def sureness(text: str, *, headed: bool = True) -> tuple[str | None, float | None, str | None]:
    read = category_sureness(text, headed=headed)
    ev = read.evidence
    return read.primary, ev.confidence if ev else None, ev.reason if ev else None


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("Services from providers outside the Blue Select network are not covered.",
         "out_of_network"),
        ("The provider who treated you is not part of our contracted network.", "out_of_network"),
        ("This provider left our network before your date of service.", "out_of_network"),
        ("The lactation consultant does not have a contract with your plan.", "out_of_network"),
        ("Services rendered by non-physician practitioners are not covered under your plan.",
         "provider_type"),
        ("Your plan does not recognize lactation consultants as covered providers.",
         "provider_type"),
        ("The authorization on file had expired before the date of service.",
         "prior_authorization"),
        ("We have no record of an authorization for these visits.", "prior_authorization"),
        ("Virtual visits are not covered for lactation services.", "place_of_service"),
        ("Services provided in the home setting are excluded.", "place_of_service"),
        ("The modifier billed is not valid with this procedure code.", "coding"),
        ("We determined that the visit was not medically needed.", "medical_necessity"),
        ("This service is limited to two sessions per birth.", "frequency_limit"),
        ("Only one visit per day is allowed for this service.", "frequency_limit"),
        ("We cannot identify the patient as a member of this plan.", "eligibility"),
        ("The member's coverage had lapsed for non-payment of premium.", "eligibility"),
        ("The filing window for this claim has closed.", "timely_filing"),
        ("Your provider filed the claim past the 365-day limit.", "timely_filing"),
        ("Medicaid is the payer of last resort; bill the other plan first.",
         "coordination_of_benefits"),
        ("An identical claim was paid on March 3.", "duplicate"),
        ("The charge was already considered on an earlier claim.", "duplicate"),
        ("The plan has an exclusion for this type of service.", "not_covered"),
    ],
)  # fmt: skip
def test_wider_phrases(reason, category):
    assert classify(reason, [], [])[1] == category


@pytest.mark.parametrize(
    ("reason", "denied"),
    [
        ("This claim is not a duplicate and will be processed again.", "duplicate"),
        ("Prior authorization was not required for this service.", "prior_authorization"),
        ("No referral is needed for lactation visits.", "prior_authorization"),
        ("Your plan does not require prior approval for this visit.", "prior_authorization"),
    ],
)
def test_words_that_deny_a_reason_name_none(reason, denied):
    assert denied not in phrase_categories(reason)


def test_denied_reason_leaves_the_one_given():
    text = "This is not a duplicate claim; the provider is not in your plan's network."
    assert phrase_categories(text) == ["out_of_network"]


def test_a_specific_reason_also_called_not_covered_is_sure_under_its_heading():
    primary, conf, reason = sureness("Telehealth visits are not a covered benefit for this code.")
    assert primary == "place_of_service"
    assert conf is not None and conf >= 0.8, reason


def test_one_phrase_printed_bare_stays_unsure():
    primary, conf, _ = sureness("Telehealth visits are not a covered benefit.", headed=False)
    assert primary == "place_of_service"
    assert conf is not None and conf < 0.8


def test_two_specific_reasons_stay_unsure():
    _, conf, _ = sureness("A referral was not obtained and the provider is out of network.")
    assert conf is not None and conf < 0.8


def test_not_covered_alone_is_sure_under_its_heading():
    primary, conf, reason = sureness("Your plan does not cover breastfeeding classes.")
    assert primary == "not_covered"
    assert conf is not None and conf >= 0.8, reason


def test_not_covered_whose_words_speak_of_another_reason_is_a_guess():
    primary, conf, reason = sureness(
        "Care from providers lacking a network agreement is not covered."
    )
    assert primary == "out_of_network"
    assert conf is not None and conf < 0.8, reason


def test_not_covered_whose_words_speak_of_two_reasons_is_unsure():
    primary, conf, reason = sureness(
        "Care from providers lacking a network agreement or a referral is not covered."
    )
    assert primary == "not_covered"
    assert conf is not None and conf < 0.8


def test_a_reason_ruled_out_is_no_hint():
    primary, conf, reason = sureness("No referral is required, but this service is not covered.")
    assert primary == "not_covered"
    assert conf is not None and conf >= 0.8, reason


def test_a_procedure_code_named_as_the_subject_is_no_hint_of_a_coding_error():
    primary, conf, reason = sureness("Procedure code is not a covered program benefit.")
    assert primary == "not_covered"
    assert conf is not None and conf >= 0.8, reason


def test_a_necessity_not_shown_is_medical_necessity():
    text = "The medical records sent with the claim do not show that these visits were medically necessary."
    assert classify(text, [], [])[1] == "medical_necessity"


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("Please check the modifier on this claim.", "coding"),
        ("Please send us the primary plan's statement.", "coordination_of_benefits"),
        ("The claim came in late.", "timely_filing"),
    ],
)
def test_words_that_only_speak_of_a_reason_are_a_guess(reason, category):
    primary, conf, reason_why = sureness(reason)
    assert primary == category
    assert conf is not None and conf < 0.8
    assert reason_why and "guessed" in reason_why


def test_words_speaking_of_two_reasons_guess_neither():
    cats, primary = classify("Please resubmit with the modifier and the referral.", [], [])
    assert primary == "other"


def test_a_printed_code_is_never_overruled_by_a_guess():
    assert classify("Resubmit the claim with the correct modifier.", ["CO-197"], [])[1] == (
        "prior_authorization"
    )


def coded(text: str, carc: list[str]) -> tuple[str | None, float | None, str | None]:
    read = category_sureness(text, carc, headed=False)
    ev = read.evidence
    return read.primary, ev.confidence if ev else None, ev.reason if ev else None


def test_a_non_covered_code_and_words_naming_the_reason_agree():
    primary, conf, reason = coded("The provider is not in your plan's network.", ["CO-96"])
    assert primary == "out_of_network"
    assert conf is not None and conf >= 0.8, reason


def test_a_non_covered_code_with_its_own_description_is_sure():
    primary, conf, reason = coded("CO-96 Non-covered charge(s).", ["CO-96"])
    assert primary == "not_covered"
    assert conf is not None and conf >= 0.8, reason


def test_a_non_covered_code_beside_words_no_rule_reads_is_unsure():
    text = "The consultant's services fall outside what this plan was designed to pay for."
    primary, conf, reason = coded(text, ["CO-96"])
    assert primary == "not_covered"
    assert conf is not None and conf < 0.8
    assert reason and "no rule reads" in reason


def test_a_non_covered_code_beside_words_hinting_a_reason_is_a_guess():
    primary, conf, _ = coded("Please check the modifier on this claim.", ["CO-96"])
    assert primary == "coding"
    assert conf is not None and conf < 0.8


def test_a_specific_code_still_decides_surely():
    primary, conf, _ = coded("No authorization was on file.", ["CO-197"])
    assert primary == "prior_authorization"
    assert conf is not None and conf >= 0.9


def test_a_code_key_explaining_other_codes_is_no_hint_beside_a_printed_code():
    # the key's words for another claim's codes reach this claim's explanations
    key = ["N95 This provider type/provider specialty may not bill this service"]
    read = category_sureness(None, ["CO-204"], ["N130"], key_seen=key)
    assert read.primary == "not_covered"
    assert read.sure, read.evidence


def test_a_remark_codes_own_description_is_no_reason_of_its_own():
    text = "Consult plan benefit documents/guidelines for information about restrictions for this service."
    read = category_sureness(text, ["CO-96"], ["N130"])
    assert read.primary == "not_covered"
    assert read.sure, read.evidence


def test_category_sureness_weighs_as_the_reader_records_it():
    read = category_sureness("No authorization was on file.", ["CO-197"])
    assert read.primary == "prior_authorization" and read.sure
    assert read.evidence is not None and read.evidence.reader == "codes"
    assert read.evidence.confidence >= 0.9
    # nothing printed: no category and no evidence
    none = category_sureness(None)
    assert none.primary is None and none.evidence is None and not none.sure


def test_category_sureness_reads_a_payer_codes_key_words():
    words = "Provider type not authorized to bill this procedure code."
    keyed = category_sureness(words, explained=[words])
    assert keyed.primary == "provider_type" and keyed.sure
    assert keyed.evidence is not None and keyed.evidence.reader == "code_key"
    loose = category_sureness(words, untied=[words])
    assert loose.primary == "provider_type" and not loose.sure
    assert loose.evidence is not None and "code key" in (loose.evidence.reason or "")


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("PROV NOT PARTICIPATING W/ PLAN FOR DOS.", "out_of_network"),
        ("OON SVCS NOT COVERED.", "out_of_network"),
        ("PROV TYPE NOT ALLOWED TO BILL THIS PROC CODE.", "provider_type"),
        ("PRIOR AUTH REQUIRED - NONE ON FILE.", "prior_authorization"),
        ("NO PCP REFERRAL ON FILE.", "prior_authorization"),
        ("POS NOT VALID FOR THIS PROCEDURE.", "place_of_service"),
        ("DX CODE INVALID OR MISSING.", "coding"),
        ("MBR NOT ELIG ON DOS.", "eligibility"),
        ("TPL COVERAGE ON FILE.", "coordination_of_benefits"),
    ],
)
def test_short_forms_of_remittance_advices_are_read_as_their_words(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure, read.evidence


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("The provider is not contracted with your plan.", "out_of_network"),
        ("Charges from this type of provider are not covered.", "provider_type"),
        ("The clinician's license does not allow billing this code.", "provider_type"),
        ("The service was not approved by your primary care physician.", "prior_authorization"),
        ("This service is not covered in the home setting.", "place_of_service"),
        ("Not payable when delivered by telehealth.", "place_of_service"),
        ("Clinical criteria were not met.", "medical_necessity"),
        ("Units exceed the maximum allowed per day.", "frequency_limit"),
        ("The benefit limit has been reached.", "frequency_limit"),
        ("Recipient ineligible.", "eligibility"),
        ("No coverage in force on the date of service.", "eligibility"),
        ("Denied for late filing.", "timely_filing"),
        ("This plan is secondary; the primary plan must pay first.", "coordination_of_benefits"),
        ("The claim was billed with a code that does not exist for this date.", "coding"),
        ("This code may not be billed together with the other code on that day.", "coding"),
        ("The visit cannot be billed with another service on the same date.", "coding"),
    ],
)
def test_reasons_as_payers_key_them(reason, category):
    assert classify(reason, [], [])[1] == category


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("The caregiver is not contracted with your plan.", "out_of_network"),
        ("This session required pre-clearance from the plan.", "prior_authorization"),
        ("Our nurse reviewer found no medical\nneed for this appointment.", "medical_necessity"),
        # "house" reads as "home": care at a home the plan does not pay for
        ("Care given in the patient's house is not payable.", "place_of_service"),
        # reasons in other words the phrase rules read
        ("Your consultant has no contract with this health plan.", "out_of_network"),
        ("The caregiver is not a recognised practitioner type for this benefit.", "provider_type"),
        ("We did not give advance approval for this visit.", "prior_authorization"),
        (
            "Sessions given in the member's residence are not a benefit of this plan.",
            "place_of_service",
        ),
        ("In-home consultations are excluded for this service.", "place_of_service"),
        ("The diagnosis code sent does not support the procedure code billed.", "coding"),
        ("You have already used every visit your plan allows this year.", "frequency_limit"),
        ("All covered visits for this pregnancy have been used.", "frequency_limit"),
        ("We have no record of coverage for this patient on that date.", "eligibility"),
        ("We received the bill past the time limit your plan sets.", "timely_filing"),
        ("The claim was not sent within the required number of days.", "timely_filing"),
        ("The service was sent twice; the first bill was processed.", "duplicate"),
        ("The plan does not pay for this type of session.", "not_covered"),
        ("Your plan's coverage does not extend to this service.", "not_covered"),
    ],
)
def test_synonyms_are_read_as_the_words_the_rules_know(reason, category):
    # a synonym of rules/phrases.yaml reads as its word, across a line's end too; reasons
    # in other words name their category surely
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure, read.evidence


def test_a_synonym_inside_a_word_is_left_alone():
    # "house" inside "in-house" or "warehouse" is no home
    assert "place_of_service" not in phrase_categories("The in-house lab and the warehouse.")


def test_a_word_both_short_form_and_synonym_is_refused(tmp_path, monkeypatch):
    from appealgen.errors import AppealgenError
    from appealgen.knowledge import phrase

    doc = {"rules": [], "short_forms": {"prov": "provider"}, "synonyms": {"prov": "clinician"}}
    monkeypatch.setattr(phrase, "load_yaml", lambda _rel: doc)
    with pytest.raises(AppealgenError, match="short form too"):
        phrase.phrase_short_forms.__wrapped__.__wrapped__()


def test_a_short_form_inside_a_word_is_left_alone():
    # "dos" inside "doses", "auth" inside "author": no short form
    assert "prior_authorization" not in phrase_categories("The author of the doses was missing.")


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("Care from a non-preferred provider is not a benefit under your plan.", "out_of_network"),
        (
            "Claims from IBCLCs who are not also licensed clinicians are not payable.",
            "provider_type",
        ),
        (
            "The provider did not get our approval before giving this service.",
            "prior_authorization",
        ),
        ("The service was given in a setting your plan does not cover.", "place_of_service"),
        ("In-home lactation visits are not covered by your plan.", "place_of_service"),
        ("The procedure and diagnosis codes do not agree.", "coding"),
        ("CLAIM EXCEEDS FILING TIME LIMIT.", "timely_filing"),
        ("THE SERVICE BILLED IS NOT A PLAN BENEFIT.", "not_covered"),
    ],
)
def test_one_reason_beside_generic_words_is_sure_under_its_heading(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure, read.evidence


def test_a_payer_codes_key_words_beside_a_non_covered_code_are_its_reason():
    # "CO-96 Q7": the key explains CO-96 in its standard words and Q7 in words no rule
    # reads; the category may not rest on CO-96 alone
    std, own = "Non-covered charge(s).", "Consultant billed outside of the arrangement on file."
    read = category_sureness(f"{std} {own}", ["CO-96"], explained=[std, own])
    assert read.primary == "not_covered"
    assert not read.sure
    assert read.evidence is not None and "no rule reads" in (read.evidence.reason or "")
    # the key's standard words alone leave it sure
    alone = category_sureness(std, ["CO-96"], explained=[std])
    assert alone.primary == "not_covered" and alone.sure


def test_a_sentence_saying_only_that_the_claim_was_denied_is_no_reason_of_its_own():
    text = "We will not pay for this service. The reason: lactation services are not covered."
    read = category_sureness(text, ["CO-96"])
    assert read.primary == "not_covered" and read.sure, read.evidence


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "This service is not covered after the sixth visit in a calendar year.",
            "frequency_limit",
        ),
        (
            "Benefits are not available for more than 6 visits in a 12-month period.",
            "frequency_limit",
        ),
        ("Your plan pays for this service once every 12 months.", "frequency_limit"),
        ("No further benefits are payable for this service this year.", "frequency_limit"),
        ("The number of visits billed is more than the plan allows.", "frequency_limit"),
        (
            "This claim is not payable because it reached us 200 days after the visit.",
            "timely_filing",
        ),
        ("The claim was sent to us too late to be paid.", "timely_filing"),
        ("Your provider waited too long to send us this claim.", "timely_filing"),
        ("You were not covered by this plan when you got this service.", "eligibility"),
        ("The patient was not a member of the plan on the date of service.", "eligibility"),
        (
            "Your plan does not cover lactation services given by a consultant who is not a doctor.",
            "provider_type",
        ),
        (
            "This procedure is payable only to physicians and advanced practice nurses.",
            "provider_type",
        ),
        ("Services must be performed in an office or outpatient setting.", "place_of_service"),
        ("This service is not covered in an outpatient hospital.", "place_of_service"),
        ("You received care from a provider who does not accept your plan.", "out_of_network"),
        (
            "The provider is outside the plan's service area and has no agreement with us.",
            "out_of_network",
        ),
        ("This service required approval by the plan before the visit.", "prior_authorization"),
        ("We did not find an approval on file for this date of service.", "prior_authorization"),
        (
            "The information we received does not support this treatment for the diagnosis.",
            "medical_necessity",
        ),
        ("The care was not appropriate for the diagnosis given.", "medical_necessity"),
        ("Incorrect units were billed for this code.", "coding"),
        ("Procedure code 99403 is not covered with diagnosis Z39.1.", "coding"),
        ("Resubmit the claim with the correct modifier.", "coding"),
        ("The taxonomy code on the claim is not valid.", "coding"),
        ("This service was billed twice for the same day.", "duplicate"),
        ("The deadline to submit this claim has passed.", "timely_filing"),
        ("We do not have the patient on file as a covered dependent.", "eligibility"),
        ("Please send us the other plan's explanation of benefits.", "coordination_of_benefits"),
        (
            "Care was received from a clinician outside the plan's panel of providers.",
            "out_of_network",
        ),
        ("Your plan only pays for visits with providers on its panel.", "out_of_network"),
        ("Benefits are limited to participating practitioners.", "out_of_network"),
        ("You needed our okay before this visit and we did not give one.", "prior_authorization"),
        ("Virtual visits are not a benefit for this service.", "place_of_service"),
        ("The claim is missing the diagnosis code.", "coding"),
        ("Units billed exceed what the procedure code allows.", "coding"),
        ("This exceeds the number of lactation sessions covered per birth.", "frequency_limit"),
        ("MEMBER TERMED PRIOR TO DOS.", "eligibility"),
        ("We received this bill more than a year after the service.", "timely_filing"),
        ("This charge was billed before and has been processed.", "duplicate"),
        ("This amount is your share of the cost under your plan.", "cost_sharing"),
    ],
)
def test_a_reason_in_more_words_is_sure_under_its_heading(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category and read.sure


@pytest.mark.parametrize(
    "reason",
    [
        "Lactation visits beyond six per year are not covered.",
        "Additional visits are not covered once the benefit is used up.",
    ],
)
def test_not_covered_beside_words_of_a_limit_is_not_sure(reason):
    read = category_sureness(reason, headed=True)
    assert not read.sure


def test_more_visits_than_needed_is_no_limit():
    read = category_sureness(
        "Based on clinical guidelines, the number of visits was more than needed.", headed=True
    )
    assert read.primary == "medical_necessity"


def test_a_member_of_the_plan_s_network_is_no_member_of_the_plan():
    read = category_sureness(
        "The provider is not a member of the plan's network on the date of service.", headed=True
    )
    assert read.primary == "out_of_network"


def test_not_covered_beside_a_diagnosis_is_not_sure_beside_the_non_covered_code():
    read = category_sureness("This code is not covered when billed with this diagnosis.", ["CO-96"])
    assert read.primary == "coding"
    read = category_sureness("This procedure code is not payable with the modifier.", ["CO-96"])
    assert not read.sure


@pytest.mark.parametrize(
    "text",
    [
        "DENIED. CONSULTANT ARRANGEMENT LAPSED.",
        "Claim denied: consultant arrangement lapsed.",
    ],
)
def test_a_short_message_beside_a_non_covered_code_is_a_reason_of_its_own(text):
    # few words, and one of them says the claim was denied: the rest still name a reason
    read = category_sureness(text, ["CO-96"])
    assert read.primary == "not_covered"
    assert not read.sure
    assert read.evidence is not None and "no rule reads" in (read.evidence.reason or "")


@pytest.mark.parametrize(
    "text",
    [
        "The claim was processed according to your benefits.",
        "Denied per plan provisions.",
        "See remark code.",
    ],
)
def test_plain_words_beside_a_non_covered_code_say_no_more_than_the_code(text):
    read = category_sureness(text, ["CO-96"])
    assert read.primary == "not_covered" and read.sure, read.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Your plan covers preventive lactation care with no cost sharing.",
        "The deductible does not apply to this service.",
        "Coinsurance was not applied to this visit.",
    ],
)
def test_words_that_deny_a_patient_share_name_none(text):
    assert "cost_sharing" not in phrase_categories(text)


def test_a_patient_share_named_beside_one_denied_is_read():
    text = "Preventive care has no copay, but this visit was billed as a sick visit and coinsurance applies."
    assert "cost_sharing" in phrase_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "In all, the claim billed $580.00. This claim is not payable: the service is not covered.",
        "The total allowed was $0.00 and the balance owed is $180.00.",
        "This service is excluded from your benefit plan (reason code CO 204). address above.",
    ],
)
def test_amounts_and_a_cut_sentences_tail_beside_a_non_covered_code_name_no_reason(text):
    # words that tell amounts are plain; a part in small letters after a full stop is the
    # tail of a sentence the reader cut, no message of its own
    read = category_sureness(text, ["CO-96"])
    assert read.primary == "not_covered" and read.sure, read.evidence


def test_a_message_after_an_amount_still_names_a_reason_of_its_own():
    read = category_sureness(
        "In all, the claim billed $580.00. Consultant arrangement lapsed.", ["CO-96"]
    )
    assert not read.sure


def test_words_of_amounts_without_an_amount_are_a_message_of_their_own():
    read = category_sureness("Denied. Balance billing not allowed.", ["CO-96"])
    assert not read.sure


def test_a_printed_web_address_beside_a_non_covered_code_is_no_message():
    text = "Non-covered charge(s). https://members.example/claims/details? view=print"
    read = category_sureness(text, ["CO-96"])
    assert read.sure, read.evidence


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("The CPT code on line 2 shows an error.", "coding"),
        ("Our medical director looked at this request.", "medical_necessity"),
        ("Our records show a second claim for the same visit.", "duplicate"),
        ("The member's eligibility is under review.", "eligibility"),
        ("Approval was pending on the date of service.", "prior_authorization"),
        ("The visit was billed by a specialty we list separately.", "provider_type"),
        ("The claim's filing date is under review.", "timely_filing"),
    ],
)
def test_more_words_that_speak_of_a_reason_are_a_guess(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category and not read.sure
    assert read.evidence is not None and "guessed" in (read.evidence.reason or "")


def test_an_appeal_deadline_is_no_hint_of_a_late_claim():
    assert classify("An appeal must be filed within 180 days of this notice.", [], [])[1] == "other"


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("The clinician you visited has not joined the provider network your plan uses.",
         "out_of_network"),
        ("Your HMO does not pay for care from providers who are not in the HMO network.",
         "out_of_network"),
        ("The office that treated you does not belong to our network of providers.",
         "out_of_network"),
        ("PROVIDER NOT IN NETWORK FOR MEMBER'S PLAN", "out_of_network"),
        ("The lactation consultant you saw is not one of our network providers.",
         "out_of_network"),
        ("This clinician is not on the list of providers who are in your network.",
         "out_of_network"),
        ("The provider is not enrolled as a network provider for this product.",
         "out_of_network"),
        ("Services by lactation consultants are payable only under the supervision of a physician.",
         "provider_type"),
        ("We only pay for lactation counseling from licensed medical providers.", "provider_type"),
        ("The practitioner who billed does not hold a license the plan accepts for this service.",
         "provider_type"),
        ("Only licensed health care professionals may bill for lactation services.",
         "provider_type"),
        ("Your plan needed to approve this visit before it took place, and it did not.",
         "prior_authorization"),
        ("We had not approved this service before you received it.", "prior_authorization"),
        ("The visit was not authorized by the plan.", "prior_authorization"),
        ("The provider did not ask us to approve the service before providing it.",
         "prior_authorization"),
        ("Your primary care physician did not send a referral for this visit.",
         "prior_authorization"),
        ("The service was provided without the plan's approval.", "prior_authorization"),
        ("A prior approval for this care was never requested.", "prior_authorization"),
        ("Your plan does not cover visits made to your home.", "place_of_service"),
        ("The plan does not pay for consultations provided over video.", "place_of_service"),
        ("This service is payable only when it is given in a provider's office.",
         "place_of_service"),
        ("The service was performed at a location your plan does not cover.", "place_of_service"),
        ("HOME VISIT NOT COVERED", "place_of_service"),
        ("Virtual lactation consultations are excluded from coverage.", "place_of_service"),
        ("The number of units billed is not correct for this code.", "coding"),
        ("The service code billed is not appropriate for this diagnosis.", "coding"),
        ("The claim lacks the rendering provider's NPI.", "coding"),
        ("The procedure and the diagnosis on the claim do not agree.", "coding"),
        ("The code billed was not active on the date of service.", "coding"),
        ("The care does not meet the plan's clinical criteria.", "medical_necessity"),
        ("The records did not show why the service was needed.", "medical_necessity"),
        ("You have already received the number of lactation visits your plan covers this year.",
         "frequency_limit"),
        ("The benefit for this service has been used up for the year.", "frequency_limit"),
        ("Only one lactation class is covered per birth.", "frequency_limit"),
        ("The visit is beyond the number of lactation visits covered by your plan.",
         "frequency_limit"),
        ("We have no record of this patient under your policy.", "eligibility"),
        ("This person is not a member of our plan.", "eligibility"),
        ("We could not confirm that you had coverage on this date.", "eligibility"),
        ("This plan pays second; bill the primary plan first.", "coordination_of_benefits"),
        ("This is the same claim we processed earlier.", "duplicate"),
        ("Your plan does not provide benefits for this type of service.", "not_covered"),
        ("The patient's share of the cost is shown in the column to the right.", "cost_sharing"),
    ],
)  # fmt: skip
def test_reasons_in_other_words_are_sure_under_their_heading(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category and read.sure, read.evidence


@pytest.mark.parametrize(
    "reason",
    [
        "These two codes may not be billed on the same day.",
        "The provider billed two services that cannot be billed together.",
    ],
)
def test_a_space_made_optional_in_a_phrase_may_be_left_out(reason):
    assert classify(reason, [], [])[1] == "coding"


def test_not_covered_beside_a_place_no_rule_reads_is_not_sure():
    # "not a covered benefit" is all a rule reads; the words speak of a place: asked
    read = category_sureness("The service location on the claim is not a covered benefit.")
    assert read.primary == "place_of_service" and not read.sure


def test_a_provider_not_a_member_of_the_plan_is_never_surely_an_ineligible_patient():
    assert not category_sureness("The provider is not a member of our plan.", headed=True).sure


@pytest.mark.parametrize(
    "reason",
    [
        "Services by this provider are not covered under your plan.",
        "The provider is not covered by your plan for this service.",
        "PROVIDER NOT ELIGIBLE",
        "This service is not covered when provided outside a clinic.",
    ],
)
def test_not_covered_told_of_a_provider_or_a_place_is_asked(reason):
    # a generic "not covered" whose words name the provider or the place as what is not
    # covered may hide the provider's type or the place: asked, under a heading or beside
    # the non-covered code
    assert not category_sureness(reason, headed=True).sure
    assert not category_sureness(reason, ["CO-96"]).sure


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("This service is not covered when provided by telephone.", "place_of_service"),
        ("Lactation visits are not reimbursable when performed by video.", "place_of_service"),
        ("Not covered when billed by a lactation consultant.", "provider_type"),
    ],
)
def test_care_by_telephone_is_a_place_not_a_provider(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.categories == [category] and read.sure


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("This visit was given in your home. Your plan covers lactation visits only in an "
         "office or clinic.", "place_of_service"),
        ("This care was given before our approval. The approval was issued for later dates.",
         "prior_authorization"),
        ("We approved three visits. This visit was a fourth visit that we did not approve.",
         "prior_authorization"),
        ("The diagnosis on the claim does not support the service.", "coding"),
        ("The provider used a modifier that is not valid for this code.", "coding"),
        ("The plan pays for one breast pump per birth. A pump was already covered for this "
         "birth.", "frequency_limit"),
        ("The provider sent this claim too late for us to pay it.", "timely_filing"),
    ],
)  # fmt: skip
def test_reasons_told_in_two_sentences_are_sure_under_their_heading(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category and read.sure, read.evidence


@pytest.mark.parametrize(
    "reason",
    [
        "This service is not payable as billed.",
        "CHARGES NOT PAYABLE UNDER PLAN PROVISIONS",
        "The charge is not payable because of the plan's rules.",
        "The claim was reviewed and the charges are not payable under your plan's terms.",
    ],
)
def test_not_payable_alone_says_only_that_it_was_denied(reason):
    read = category_sureness(reason, headed=True)
    assert read.primary == "other" and not read.sure


def test_not_payable_under_the_member_s_benefits_is_not_covered():
    read = category_sureness("This service is not payable under your benefits.", headed=True)
    assert read.primary == "not_covered" and read.sure


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("Your provider isn't in our network.", "out_of_network"),
        ("The consultant you saw is no longer a network provider.", "out_of_network"),
        (
            "Lactation visits in the member\u2019s home aren\u2019t a covered benefit.",
            "place_of_service",
        ),
        ("The procedure code on the bill doesn't match the diagnosis reported.", "coding"),
        ("We can't find this patient on your policy.", "eligibility"),
    ],
)
def test_negations_written_short_read_as_written_out(reason, category):
    assert phrase_categories(reason)[:1] == [category]
    assert category_sureness(reason, headed=True).sure


@pytest.mark.parametrize(
    "reason",
    [
        "The codes on this claim need another look.",
        "Procedure code 99403 is not on the fee schedule.",
    ],
)
def test_words_that_speak_of_codes_beside_a_non_covered_code_leave_it_unsure(reason):
    read = category_sureness(reason, ["CO-96"])
    assert read.primary == "not_covered" and not read.sure


def test_a_sentence_pointing_at_a_printed_code_says_no_more_than_the_code():
    read = category_sureness("See reason code 45 below.", ["CO-96"])
    assert read.primary == "not_covered" and read.sure


@pytest.mark.parametrize(
    "sentence",
    [
        "Your coverage is through the Heartland Choice POS plan.",
        "You are enrolled in the Gold POS option.",
    ],
)
def test_a_point_of_service_plan_names_no_place_of_service(sentence):
    # "POS" is read as "place of service"; before "plan" it is the plan's type
    assert phrase_categories(sentence) == []


@pytest.mark.parametrize(
    "reason", ["POS 12 NOT COVERED FOR THIS SERVICE", "Services at this POS are not covered."]
)
def test_pos_alone_still_reads_as_a_place_of_service(reason):
    assert phrase_categories(reason)[:1] == ["place_of_service"]


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("This clinician doesn't have an agreement to see members of your plan.", "out_of_network"),
        ("The office that treated you is not one of our participating offices.", "out_of_network"),
        ("Your PCP didn't give you a referral for this specialist.", "prior_authorization"),
        ("These visits should have been pre-approved by the plan.", "prior_authorization"),
        (
            "This service is covered only when it's done at the provider's office.",
            "place_of_service",
        ),
        ("The code your provider used isn't valid for the date of the visit.", "coding"),
        ("The records sent don't show these visits were needed.", "medical_necessity"),
        ("The claim was not sent in time.", "timely_filing"),
        ("The provider billed this visit twice.", "duplicate"),
        ("There are no benefits for this service in your contract.", "not_covered"),
    ],
)
def test_reasons_read_through_their_word_families(reason, category):
    # rules/phrases.yaml families: one pattern reads every word of a family
    assert phrase_categories(reason)[:1] == [category]


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("Lactation consultants without a state license can't bill us.", "provider_type"),
        (
            "Benefits for providers who don't participate with us aren't available.",
            "out_of_network",
        ),
        ("We don't cover lactation help given in your home.", "place_of_service"),
    ],
)
def test_the_notices_own_words_denying_a_reasons_concept_name_it_surely(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category and read.sure, read.evidence
    # printed bare, with no heading nor a sentence saying why it was denied: a guess
    assert not category_sureness(reason).sure


def test_words_of_a_concept_denied_by_nothing_stay_a_guess():
    read = category_sureness("Our records show a second claim for the same visit.", headed=True)
    assert read.primary == "duplicate" and not read.sure


@pytest.mark.parametrize(
    "reason",
    [
        # the clause that denies is another's, or names the concept after the denial
        "Lactation classes are excluded, even from network providers.",
        "Group classes are not a benefit of your plan; a referral would not change this.",
        # an alternative or an exception, not a denial
        "This service is not part of your benefits, whether or not the provider is in network.",
        "This service isn't covered under your plan, no matter which network the provider is in.",
        "Breast pumps are not a benefit, not even from a network provider.",
        # the denying word denies the service; the concept only describes it
        "We do not cover lactation supplies ordered by network providers.",
        "We don't pay for nursing bras that a licensed consultant recommends.",
        # a second clause denies something else
        "We have not received the referral you said you would send, but the service is excluded.",
    ],
)
def test_a_concept_the_words_do_not_deny_stays_asked(reason):
    read = category_sureness(reason, headed=True)
    assert not read.sure, (read.primary, read.evidence)


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "The practice has never been part of the provider network for your plan.",
            "out_of_network",
        ),
        (
            "Only in-plan consultants are covered, and the one you saw is out-of-plan.",
            "out_of_network",
        ),
        (
            "We pay for this only when a licensed health care professional provides it.",
            "provider_type",
        ),
        ("Counselors who are not nurses or doctors can't be paid.", "provider_type"),
        ("Nobody asked us to approve this care before it was given.", "prior_authorization"),
        (
            "Your doctor was supposed to send a referral, but we never got one.",
            "prior_authorization",
        ),
        ("Virtual lactation visits are not part of your coverage.", "place_of_service"),
        ("Your policy does not pay for care received by video.", "place_of_service"),
        ("The diagnosis on this claim doesn't go with the procedure billed.", "coding"),
        ("The procedure and diagnosis codes do not fit together.", "coding"),
        ("We got this bill more than a year after the visit, which is too late.", "timely_filing"),
        ("Your coverage with us ended on 01/15/2026.", "eligibility"),
        ("We cannot match the patient to anyone covered under this ID.", "eligibility"),
        ("The records do not show a medical reason for this many visits.", "medical_necessity"),
        ("This visit is more than the number your plan allows each year.", "frequency_limit"),
        (
            "You also have coverage through your spouse. That plan must pay first.",
            "coordination_of_benefits",
        ),
        ("We received two claims for the same visit.", "duplicate"),
        ("Breast pumps aren't a covered item under your policy.", "not_covered"),
    ],
)
def test_reasons_in_other_words_name_their_category_surely(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category and read.sure, read.evidence


def test_a_denial_of_what_the_rule_before_named_keeps_the_concept_sure():
    reason = (
        "Your plan covers this care only from licensed providers such as doctors and midwives."
        " The person who billed this visit is not one of these."
    )
    read = category_sureness(reason, headed=True)
    assert read.primary == "provider_type" and read.sure, read.evidence
    # a second clause that denies something else of its own leaves it asked
    assert not category_sureness(reason + " Classes are not a benefit.", headed=True).sure


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "The billing provider's participation with the plan ended before this date of service.",
            "out_of_network",
        ),
        (
            "We could not find this provider in our network on the date you were seen.",
            "out_of_network",
        ),
        (
            "Your coverage is in-network only. Services from outside providers are not paid.",
            "out_of_network",
        ),
        (
            "Benefits for this service are limited to providers in the Select network, and this "
            "provider is not one of them.",
            "out_of_network",
        ),
        (
            "The practitioner's credential on file does not qualify for payment of this service.",
            "provider_type",
        ),
        ("Only one lactation consult is covered per day.", "frequency_limit"),
        (
            "Coverage for the dependent was not in effect when the services were given.",
            "eligibility",
        ),
        ("Per Section 7.2 of your plan document, this service is excluded.", "not_covered"),
    ],
)
def test_payers_wordings_of_a_rule_name_their_category_surely(reason, category):
    assert sureness(reason)[0] == category
    assert sureness(reason)[1] >= 0.8


def test_a_provider_not_enrolled_is_no_members_eligibility():
    reason = (
        "Medicaid managed care members must use plan providers; the provider you saw is not "
        "enrolled with our plan."
    )
    assert "eligibility" not in phrase_categories(reason)
    assert sureness(reason)[1] < 0.8
    # the filing period in a provider's contract ended: no participation ended
    late = (
        "The provider filed the claim after the filing period in the provider's contract had ended."
    )
    assert sureness(late)[0] == "timely_filing"


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "The treating clinician does not hold a network agreement with Cedar Health.",
            "out_of_network",
        ),
        ("The provider you visited is not under contract with us.", "out_of_network"),
        ("This doctor is not part of the provider group your plan uses.", "out_of_network"),
        (
            "Lactation counseling is covered when billed by a physician or nurse practitioner. "
            "The claim was billed by a lactation consultant.",
            "provider_type",
        ),
        ("This provider's license type cannot bill for this procedure code.", "provider_type"),
        ("The provider's taxonomy does not allow billing this service.", "provider_type"),
        ("Your plan does not pay lactation consultants who bill on their own.", "provider_type"),
        ("Approval for these visits was denied before they took place.", "prior_authorization"),
        ("Pre-service review was not completed for this care.", "prior_authorization"),
        (
            "The request for authorization was received after the service was given.",
            "prior_authorization",
        ),
        ("The number of visits exceeds the number authorized.", "prior_authorization"),
        (
            "These visits are outside the dates of the approved authorization.",
            "prior_authorization",
        ),
        (
            "Your plan covers lactation visits at a clinic or office. This visit took place in "
            "your home.",
            "place_of_service",
        ),
        ("Video visits are covered only for mental health services.", "place_of_service"),
        ("Reason: the service was given by telephone, which is not covered.", "place_of_service"),
        (
            "The service was billed for the home setting, which your plan does not cover.",
            "place_of_service",
        ),
        ("The diagnosis code on this claim is not specific enough.", "coding"),
        ("The claim lists a diagnosis that does not support the procedure billed.", "coding"),
        ("The clinical information did not support the level of care billed.", "medical_necessity"),
        ("More visits were billed than your plan allows per month.", "frequency_limit"),
        ("Your benefit for this service is used up for the year.", "frequency_limit"),
        ("Coverage under this plan had not started on the date of service.", "eligibility"),
        ("This claim must be billed to Medicare first.", "coordination_of_benefits"),
        ("This is a repeat of a previous claim.", "duplicate"),
        ("Section 5 of your plan lists this service as an exclusion.", "not_covered"),
    ],
)
def test_a_rule_and_what_broke_it_in_payers_words_name_the_category_surely(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "Notice of action: we denied payment. The provider who saw you is not one of our "
            "plan providers.",
            "out_of_network",
        ),
        (
            "Services must be received from a plan provider. Your lactation consultant is not a "
            "plan provider.",
            "out_of_network",
        ),
        ("The clinic that billed this claim is an outside provider.", "out_of_network"),
        ("The provider's network agreement does not include your plan.", "out_of_network"),
        (
            "IBCLC services are reimbursed only under the NPI of a supervising physician.",
            "provider_type",
        ),
        ("Lactation consultants may not bill us on their own.", "provider_type"),
        (
            "Your plan pays for lactation counseling given by a doctor, a nurse practitioner or a "
            "midwife. The person who billed is a lactation consultant.",
            "provider_type",
        ),
        ("Service not authorized.", "prior_authorization"),
        ("The authorization we approved ended on February 28.", "prior_authorization"),
        (
            "The visit was done by video, and your plan does not cover video visits for this "
            "service.",
            "place_of_service",
        ),
        (
            "The procedure code and the diagnosis code do not support each other.",
            "coding",
        ),
        (
            "The service was denied because you have received the most visits the state plan "
            "allows.",
            "frequency_limit",
        ),
        (
            "We have no record that the patient is covered under this member ID.",
            "eligibility",
        ),
    ],
)
def test_medicaid_and_plan_wordings_name_the_category_surely(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure


@pytest.mark.parametrize(
    "reason",
    [
        "This service is not authorized for this provider type.",
        "The provider is not authorized to bill this service.",
        "The IBCLC is not a plan provider type we recognize.",
    ],
)
def test_care_not_authorized_for_a_provider_is_no_missing_approval(reason):
    assert category_sureness(reason, headed=True).primary != "prior_authorization"


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "The servicing provider is not in the member's Medicaid managed care network.",
            "out_of_network",
        ),
        ("Your lactation consultant has not signed a contract with our plan.", "out_of_network"),
        (
            "Medicaid pays for this service only when billed by an enrolled physician or midwife.",
            "provider_type",
        ),
        (
            "Lactation consultants are not billing providers under the state Medicaid program.",
            "provider_type",
        ),
        (
            "This service can only be billed by a doctor of medicine or a nurse practitioner.",
            "provider_type",
        ),
        ("The visits billed are more than the number we authorized.", "prior_authorization"),
        ("The plan never approved this visit.", "prior_authorization"),
        (
            "Lactation visits are covered at a clinic or an office. This visit took place in the "
            "family's home.",
            "place_of_service",
        ),
        ("This service is only covered at a hospital or clinic.", "place_of_service"),
        ("The claim has an incomplete diagnosis code.", "coding"),
        ("The procedure code sent is not a valid code.", "coding"),
        ("The billing code isn't right for this kind of visit.", "coding"),
        ("The modifier billed with this code is not allowed.", "coding"),
        (
            "Based on clinical guidelines, the number of visits was more than needed.",
            "medical_necessity",
        ),
        (
            "This exceeds the number of lactation visits your plan pays for.",
            "frequency_limit",
        ),
        ("We didn't get this claim within the time allowed.", "timely_filing"),
    ],
)
def test_more_payers_wordings_name_the_category_surely(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "Action: Denied. Why: the provider is not enrolled with your Medicaid health plan's "
            "network.",
            "out_of_network",
        ),
        (
            "Why: lactation consultants cannot bill the state Medicaid program directly.",
            "provider_type",
        ),
        ("AUTHORIZATION REQUIRED - NOT OBTAINED", "prior_authorization"),
        ("The approval on file was for a different provider.", "prior_authorization"),
        (
            "The prior approval number billed does not match our records.",
            "prior_authorization",
        ),
        (
            "Why: this service cannot be given in the home under your Medicaid plan.",
            "place_of_service",
        ),
        ("MAX VISITS PER YEAR EXCEEDED", "frequency_limit"),
    ],
)
def test_eob_footnotes_and_medicaid_notices_name_the_category_surely(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure


def test_a_provider_not_enrolled_in_medicaid_is_still_its_type():
    read = category_sureness("The provider is not enrolled in Medicaid.", headed=True)
    assert (read.primary, read.sure) == ("provider_type", True)


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "Plan provision: Article IV, Section 2 (Network Services). Explanation: services were "
            "rendered by a non-network provider.",
            "out_of_network",
        ),
        (
            "Your provider is not one of the providers your plan contracts with.",
            "out_of_network",
        ),
        (
            "The person who provided this care is not a physician, nurse practitioner, or "
            "physician assistant, so we cannot pay for it.",
            "provider_type",
        ),
        (
            "Your plan covers lactation counseling from licensed providers only; the counselor "
            "who billed this claim holds no license.",
            "provider_type",
        ),
        (
            "We received the claim, but the service had not been approved by your medical group.",
            "prior_authorization",
        ),
        (
            "Your provider was required to contact us before your visit and did not.",
            "prior_authorization",
        ),
        ("We cover this service only when it is given in person.", "place_of_service"),
    ],
)
def test_a_plan_section_then_its_reason_and_more_plan_wordings_name_the_category(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category
    assert read.sure


def test_a_physician_told_of_a_network_is_no_provider_type():
    read = category_sureness("The provider was not a physician in our network.", headed=True)
    assert read.primary != "provider_type"
