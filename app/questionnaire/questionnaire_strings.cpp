// SPDX-License-Identifier: GPL-3.0-or-later
// clang-format off
// Generated from app/resources/questionnaire/harbour-uk.json by app/questionnaire/extract_strings.py: do not edit.
// The texts of the shipped questionnaire, for lupdate; ctest questionnaire_strings checks it is current.
// Generated lines stay as written (clang-format off above): one string per line.
#include <QtGlobal>

namespace {
[[maybe_unused]] const char *const kQuestionnaireStrings[] = {
    //: in_danger title
    QT_TRANSLATE_NOOP("Questionnaire", "Are you in danger now?"),
    //: in_danger hint
    QT_TRANSLATE_NOOP("Questionnaire", "If you are, we will show you how to get help straight away. You can carry on with this report afterwards."),
    //: in_danger easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Are you in danger right now?"),
    //: in_danger easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "If you are, we will show you who to call for help."),
    //: in_danger easy read 3
    QT_TRANSLATE_NOOP("Questionnaire", "You can come back to this report afterwards."),
    //: role section; your_age section; describe_yourself section
    QT_TRANSLATE_NOOP("Questionnaire", "About you"),
    //: role title
    QT_TRANSLATE_NOOP("Questionnaire", "Who are you reporting for?"),
    //: role victim label
    QT_TRANSLATE_NOOP("Questionnaire", "It happened to me"),
    //: role witness label
    QT_TRANSLATE_NOOP("Questionnaire", "I saw it happen to someone else"),
    //: role third_party label
    QT_TRANSLATE_NOOP("Questionnaire", "I am reporting for someone else"),
    //: role third_party hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example a friend, a family member or someone you support."),
    //: role assisted label
    QT_TRANSLATE_NOOP("Questionnaire", "A volunteer is helping me make this report"),
    //: role easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us who this happened to."),
    //: role easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "It can be you, or someone else."),
    //: narrative section; targeted section; targeted_other section
    QT_TRANSLATE_NOOP("Questionnaire", "What happened"),
    //: narrative title
    QT_TRANSLATE_NOOP("Questionnaire", "What happened?"),
    //: narrative hint
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us in your own words. Include as much as you remember. You can take your time."),
    //: narrative error_required
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us what happened"),
    //: narrative easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us what happened, in your own words."),
    //: narrative easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "Take your time. Write as much as you remember."),
    //: incident_types section
    QT_TRANSLATE_NOOP("Questionnaire", "More about what happened"),
    //: incident_types title
    QT_TRANSLATE_NOOP("Questionnaire", "What kind of thing happened?"),
    //: incident_types hint; others_at_risk hint; support hint; formats hint
    QT_TRANSLATE_NOOP("Questionnaire", "Choose all that apply."),
    //: incident_types physical_attack label
    QT_TRANSLATE_NOOP("Questionnaire", "Someone was attacked or hurt"),
    //: incident_types threats label
    QT_TRANSLATE_NOOP("Questionnaire", "Threats"),
    //: incident_types verbal_abuse label
    QT_TRANSLATE_NOOP("Questionnaire", "Shouting, insults or name-calling"),
    //: incident_types harassment label
    QT_TRANSLATE_NOOP("Questionnaire", "Harassment, or being followed or bothered again and again"),
    //: incident_types property_damage label
    QT_TRANSLATE_NOOP("Questionnaire", "Damage to a home, car or other property, including graffiti"),
    //: incident_types theft label
    QT_TRANSLATE_NOOP("Questionnaire", "Something was stolen"),
    //: incident_types online_abuse label
    QT_TRANSLATE_NOOP("Questionnaire", "Abuse online, by message or by phone"),
    //: incident_types sexual_assault label
    QT_TRANSLATE_NOOP("Questionnaire", "Sexual assault"),
    //: incident_types other label; barriers other label; formats other label
    QT_TRANSLATE_NOOP("Questionnaire", "Something else"),
    //: incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label
    QT_TRANSLATE_NOOP("Questionnaire", "I'd rather not say"),
    //: incident_types easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What did they do? Choose every answer that is true."),
    //: targeted title
    QT_TRANSLATE_NOOP("Questionnaire", "Why do you think it was aimed at you or someone else?"),
    //: targeted hint
    QT_TRANSLATE_NOOP("Questionnaire", "Choose all that apply. What you or anyone else believes is enough."),
    //: targeted race label
    QT_TRANSLATE_NOOP("Questionnaire", "Race or ethnicity, including Gypsy, Irish Traveller and Roma"),
    //: targeted religion label
    QT_TRANSLATE_NOOP("Questionnaire", "Religion or belief, including having no belief"),
    //: targeted sexual_orientation label
    QT_TRANSLATE_NOOP("Questionnaire", "Sexual orientation"),
    //: targeted sexual_orientation hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example being gay, lesbian or bisexual."),
    //: targeted disability label
    QT_TRANSLATE_NOOP("Questionnaire", "Disability, including learning disability and mental health"),
    //: targeted transgender label
    QT_TRANSLATE_NOOP("Questionnaire", "Being transgender"),
    //: targeted alternative_subculture label
    QT_TRANSLATE_NOOP("Questionnaire", "Alternative subculture"),
    //: targeted alternative_subculture hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example being a goth, punk or emo."),
    //: targeted sex_or_gender label
    QT_TRANSLATE_NOOP("Questionnaire", "Sex or gender"),
    //: targeted sex_or_gender hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example hostility towards women."),
    //: targeted age label
    QT_TRANSLATE_NOOP("Questionnaire", "Age"),
    //: targeted other label
    QT_TRANSLATE_NOOP("Questionnaire", "Something else about who they are"),
    //: targeted dont_know label; online dont_know label; offender_count dont_know label; offenders > offender_age dont_know label; offenders > offender_build dont_know label; offenders > offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label
    QT_TRANSLATE_NOOP("Questionnaire", "I don't know"),
    //: targeted easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Why do you think they picked on you, or on them?"),
    //: targeted easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "Choose every answer that is true. What you think is enough."),
    //: targeted_other title
    QT_TRANSLATE_NOOP("Questionnaire", "What else about them do you think it was aimed at?"),
    //: targeted_other easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us what else about them you think they picked on."),
    //: online section; online_platform section; online_link section; online_content section; online_still_visible section
    QT_TRANSLATE_NOOP("Questionnaire", "Online"),
    //: online title
    QT_TRANSLATE_NOOP("Questionnaire", "Did it happen online, or through a phone or computer?"),
    //: online hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example on social media, in messages, by email or in a phone call."),
    //: online yes label
    QT_TRANSLATE_NOOP("Questionnaire", "Yes, all of it"),
    //: online partly label
    QT_TRANSLATE_NOOP("Questionnaire", "Partly"),
    //: online no label
    QT_TRANSLATE_NOOP("Questionnaire", "No"),
    //: online easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Did it happen on a phone, a computer or the internet?"),
    //: online easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "For example in messages, on social media or in a phone call."),
    //: online_platform title
    QT_TRANSLATE_NOOP("Questionnaire", "Which website, app or service was it on?"),
    //: online_platform hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example Facebook, TikTok, WhatsApp, a game, email or a phone call."),
    //: online_platform easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Which app or website was it on? For example Facebook or WhatsApp."),
    //: online_link title
    QT_TRANSLATE_NOOP("Questionnaire", "Link to the post, message or profile"),
    //: online_link hint
    QT_TRANSLATE_NOOP("Questionnaire", "Copy the web address if you can, or the name of the account that did it."),
    //: online_link easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Copy the web address of the post or the account, if you can."),
    //: online_content title
    QT_TRANSLATE_NOOP("Questionnaire", "What did they write or say?"),
    //: online_content hint
    QT_TRANSLATE_NOOP("Questionnaire", "Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later."),
    //: online_content easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us what they wrote or said. Copy their words if you can."),
    //: online_still_visible title
    QT_TRANSLATE_NOOP("Questionnaire", "Can it still be seen online?"),
    //: online_still_visible easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Can people still see it on the internet?"),
    //: when section; where section
    QT_TRANSLATE_NOOP("Questionnaire", "When and where"),
    //: when title
    QT_TRANSLATE_NOOP("Questionnaire", "When did it happen?"),
    //: when hint
    QT_TRANSLATE_NOOP("Questionnaire", "If you are not sure, an estimate helps."),
    //: when easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "When did it happen? If you are not sure, give your best guess."),
    //: where title; where easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Where did it happen?"),
    //: where hint
    QT_TRANSLATE_NOOP("Questionnaire", "We do not use your location. Tell us only what you want to."),
    //: where home label
    QT_TRANSLATE_NOOP("Questionnaire", "At or near a home"),
    //: where street label
    QT_TRANSLATE_NOOP("Questionnaire", "In the street"),
    //: where public_transport label
    QT_TRANSLATE_NOOP("Questionnaire", "On public transport, or at a station or stop"),
    //: where shop label
    QT_TRANSLATE_NOOP("Questionnaire", "In or near a shop"),
    //: where pub_bar label
    QT_TRANSLATE_NOOP("Questionnaire", "In or near a pub, bar or club"),
    //: where park label
    QT_TRANSLATE_NOOP("Questionnaire", "In a park or open space"),
    //: where education label
    QT_TRANSLATE_NOOP("Questionnaire", "At a school, college or university"),
    //: where work label
    QT_TRANSLATE_NOOP("Questionnaire", "At work"),
    //: where place_of_worship label
    QT_TRANSLATE_NOOP("Questionnaire", "At or near a place of worship"),
    //: where care_home label
    QT_TRANSLATE_NOOP("Questionnaire", "In a care home or supported housing"),
    //: where public_premises label
    QT_TRANSLATE_NOOP("Questionnaire", "At council, police or health premises"),
    //: where online_only label
    QT_TRANSLATE_NOOP("Questionnaire", "Online only"),
    //: where other label
    QT_TRANSLATE_NOOP("Questionnaire", "Somewhere else"),
    //: where easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "We do not look at where you are. Tell us only what you want to."),
    //: offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section
    QT_TRANSLATE_NOOP("Questionnaire", "The people who did it"),
    //: offender_count title; offender_count easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "How many people did it?"),
    //: offender_count one label
    QT_TRANSLATE_NOOP("Questionnaire", "One person"),
    //: offender_count two label
    QT_TRANSLATE_NOOP("Questionnaire", "Two people"),
    //: offender_count three_to_five label
    QT_TRANSLATE_NOOP("Questionnaire", "Three to five people"),
    //: offender_count more_than_five label
    QT_TRANSLATE_NOOP("Questionnaire", "More than five people"),
    //: offender_known title
    QT_TRANSLATE_NOOP("Questionnaire", "Do you know who did it?"),
    //: offender_known strangers label
    QT_TRANSLATE_NOOP("Questionnaire", "No, they were strangers"),
    //: offender_known known label
    QT_TRANSLATE_NOOP("Questionnaire", "Yes, I know who did it"),
    //: offender_known some_known label
    QT_TRANSLATE_NOOP("Questionnaire", "I know some of them"),
    //: offender_known dont_know label
    QT_TRANSLATE_NOOP("Questionnaire", "I'm not sure"),
    //: offender_known easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Do you know the people who did it?"),
    //: offender_relationship title
    QT_TRANSLATE_NOOP("Questionnaire", "Who are they to you?"),
    //: offender_relationship hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example a neighbour, someone from work or school, or their name if you want to give it."),
    //: offender_relationship easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Who are they to you? For example a neighbour or someone from work."),
    //: offenders title
    QT_TRANSLATE_NOOP("Questionnaire", "Describe the people who did it"),
    //: offenders hint
    QT_TRANSLATE_NOOP("Questionnaire", "Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see."),
    //: offenders item_title
    QT_TRANSLATE_NOOP("Questionnaire", "Person %1"),
    //: offenders add_label
    QT_TRANSLATE_NOOP("Questionnaire", "Add a person"),
    //: offenders easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us what each person looked like."),
    //: offenders easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "Only tell us what you saw. You can leave things out."),
    //: offenders > offender_age title
    QT_TRANSLATE_NOOP("Questionnaire", "About how old were they?"),
    //: offenders > offender_age under_18 label; your_age under_18 label
    QT_TRANSLATE_NOOP("Questionnaire", "Under 18"),
    //: offenders > offender_age 18_24 label; your_age 18_24 label
    QT_TRANSLATE_NOOP("Questionnaire", "18 to 24"),
    //: offenders > offender_age 25_34 label; your_age 25_34 label
    QT_TRANSLATE_NOOP("Questionnaire", "25 to 34"),
    //: offenders > offender_age 35_44 label; your_age 35_44 label
    QT_TRANSLATE_NOOP("Questionnaire", "35 to 44"),
    //: offenders > offender_age 45_54 label; your_age 45_54 label
    QT_TRANSLATE_NOOP("Questionnaire", "45 to 54"),
    //: offenders > offender_age 55_64 label; your_age 55_64 label
    QT_TRANSLATE_NOOP("Questionnaire", "55 to 64"),
    //: offenders > offender_age 65_plus label
    QT_TRANSLATE_NOOP("Questionnaire", "65 or over"),
    //: offenders > offender_age easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "About how old did they look?"),
    //: offenders > offender_gender title
    QT_TRANSLATE_NOOP("Questionnaire", "What gender did they seem to be?"),
    //: offenders > offender_gender man label
    QT_TRANSLATE_NOOP("Questionnaire", "A man"),
    //: offenders > offender_gender woman label
    QT_TRANSLATE_NOOP("Questionnaire", "A woman"),
    //: offenders > offender_gender other label
    QT_TRANSLATE_NOOP("Questionnaire", "Another way"),
    //: offenders > offender_gender dont_know label
    QT_TRANSLATE_NOOP("Questionnaire", "I could not tell"),
    //: offenders > offender_gender easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What gender did they seem to be, to you?"),
    //: offenders > offender_build title
    QT_TRANSLATE_NOOP("Questionnaire", "What was their build?"),
    //: offenders > offender_build slim label
    QT_TRANSLATE_NOOP("Questionnaire", "Slim"),
    //: offenders > offender_build medium label
    QT_TRANSLATE_NOOP("Questionnaire", "Medium"),
    //: offenders > offender_build large label
    QT_TRANSLATE_NOOP("Questionnaire", "Large or heavy"),
    //: offenders > offender_build muscular label
    QT_TRANSLATE_NOOP("Questionnaire", "Muscular"),
    //: offenders > offender_build easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What was their body shape, as it looked to you?"),
    //: offenders > offender_height title
    QT_TRANSLATE_NOOP("Questionnaire", "How tall were they?"),
    //: offenders > offender_height short label
    QT_TRANSLATE_NOOP("Questionnaire", "Shorter than most people"),
    //: offenders > offender_height average label
    QT_TRANSLATE_NOOP("Questionnaire", "About average"),
    //: offenders > offender_height tall label
    QT_TRANSLATE_NOOP("Questionnaire", "Taller than most people"),
    //: offenders > offender_height easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "How tall were they, as it looked to you?"),
    //: offenders > offender_appearance title
    QT_TRANSLATE_NOOP("Questionnaire", "Their skin colour or ethnic appearance, as it looked to you"),
    //: offenders > offender_appearance easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What skin colour or ethnic look did they have, as it looked to you?"),
    //: offenders > offender_clothing title
    QT_TRANSLATE_NOOP("Questionnaire", "What they were wearing"),
    //: offenders > offender_clothing easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What clothes were they wearing?"),
    //: offenders > offender_hair title
    QT_TRANSLATE_NOOP("Questionnaire", "Their hair"),
    //: offenders > offender_hair hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example colour, length, style, or a beard."),
    //: offenders > offender_hair easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What was their hair like? For example the colour, or a beard."),
    //: offenders > offender_accent title
    QT_TRANSLATE_NOOP("Questionnaire", "Their accent or the language they spoke"),
    //: offenders > offender_accent easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "How did they speak? Tell us their accent or language."),
    //: offenders > offender_marks title
    QT_TRANSLATE_NOOP("Questionnaire", "Anything else you noticed"),
    //: offenders > offender_marks hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example tattoos, scars, glasses or a way of walking."),
    //: offenders > offender_marks easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Did you notice anything else? For example tattoos, scars or glasses."),
    //: vehicle title
    QT_TRANSLATE_NOOP("Questionnaire", "Did they have a car, van or other vehicle?"),
    //: vehicle easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Did they have a car, a van or another vehicle?"),
    //: vehicles title
    QT_TRANSLATE_NOOP("Questionnaire", "Describe the vehicle"),
    //: vehicles hint
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us whatever you remember. Part of the number plate helps too."),
    //: vehicles item_title
    QT_TRANSLATE_NOOP("Questionnaire", "Vehicle %1"),
    //: vehicles add_label
    QT_TRANSLATE_NOOP("Questionnaire", "Add a vehicle"),
    //: vehicles easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us what you remember about the vehicle."),
    //: vehicles easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "Part of the number plate helps too."),
    //: vehicles > vehicle_make title
    QT_TRANSLATE_NOOP("Questionnaire", "Make"),
    //: vehicles > vehicle_make hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example Ford."),
    //: vehicles > vehicle_make easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Who made the vehicle? For example Ford."),
    //: vehicles > vehicle_model title
    QT_TRANSLATE_NOOP("Questionnaire", "Model"),
    //: vehicles > vehicle_model hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example Transit."),
    //: vehicles > vehicle_model easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What model was it? For example Transit."),
    //: vehicles > vehicle_colour title
    QT_TRANSLATE_NOOP("Questionnaire", "Colour"),
    //: vehicles > vehicle_colour easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What colour was the vehicle?"),
    //: vehicles > vehicle_plate title
    QT_TRANSLATE_NOOP("Questionnaire", "Number plate, or part of it"),
    //: vehicles > vehicle_plate easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What was the number plate? Part of it helps too."),
    //: witnesses title; witnesses easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Did anyone else see it happen?"),
    //: witness_details title
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us about the people who saw it"),
    //: witness_details hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example how many there were, or how to reach them if you know and they agree."),
    //: witness_details easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us about the people who saw it."),
    //: witness_details easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us how to reach them, but only if they agree."),
    //: cctv title
    QT_TRANSLATE_NOOP("Questionnaire", "Could it have been filmed?"),
    //: cctv hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example by cameras on shops, buses or doorbells, or on someone's phone."),
    //: cctv easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Could a camera have filmed it? For example on a shop, bus or phone."),
    //: happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section
    QT_TRANSLATE_NOOP("Questionnaire", "Your safety"),
    //: happened_before title
    QT_TRANSLATE_NOOP("Questionnaire", "Has anything like this happened before?"),
    //: happened_before hint
    QT_TRANSLATE_NOOP("Questionnaire", "To you, or to the person it happened to."),
    //: happened_before easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Has something like this happened before?"),
    //: how_often title
    QT_TRANSLATE_NOOP("Questionnaire", "How often has it happened before?"),
    //: how_often once label
    QT_TRANSLATE_NOOP("Questionnaire", "Once before"),
    //: how_often few_times label
    QT_TRANSLATE_NOOP("Questionnaire", "A few times"),
    //: how_often many_times label
    QT_TRANSLATE_NOOP("Questionnaire", "Many times"),
    //: how_often all_the_time label
    QT_TRANSLATE_NOOP("Questionnaire", "It happens all the time"),
    //: how_often easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "How many times has it happened before?"),
    //: same_people title; same_people easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Was it the same people as before?"),
    //: getting_worse title; getting_worse easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Are things getting worse?"),
    //: they_know_where_you_live title; they_know_where_you_live easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Do the people who did it know where you live?"),
    //: you_know_where_they_live title; you_know_where_they_live easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Do you know where they live?"),
    //: threatened_return title
    QT_TRANSLATE_NOOP("Questionnaire", "Have they threatened to come back or to hurt you?"),
    //: threatened_return easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Did they say they will come back, or hurt you?"),
    //: injured title; injured easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Was anyone hurt?"),
    //: medical_help title
    QT_TRANSLATE_NOOP("Questionnaire", "Does anyone need medical help now?"),
    //: medical_help hint; medical_help easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "If someone is badly hurt, call 999 for an ambulance."),
    //: medical_help easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Does anyone need a doctor or a nurse now?"),
    //: safe_at_home title; safe_at_home easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Do you feel safe at home now?"),
    //: others_at_risk title
    QT_TRANSLATE_NOOP("Questionnaire", "Is anyone else at risk?"),
    //: others_at_risk children label
    QT_TRANSLATE_NOOP("Questionnaire", "Children"),
    //: others_at_risk family label
    QT_TRANSLATE_NOOP("Questionnaire", "My family or the people I live with"),
    //: others_at_risk community label
    QT_TRANSLATE_NOOP("Questionnaire", "Other people in my community"),
    //: others_at_risk other_people label
    QT_TRANSLATE_NOOP("Questionnaire", "Someone else"),
    //: others_at_risk none label
    QT_TRANSLATE_NOOP("Questionnaire", "No one else"),
    //: others_at_risk easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Could anyone else be hurt or in danger?"),
    //: others_at_risk easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "Choose every answer that is true."),
    //: barriers title
    QT_TRANSLATE_NOOP("Questionnaire", "Does anything make it harder for you to get help?"),
    //: barriers hint
    QT_TRANSLATE_NOOP("Questionnaire", "Choose all that apply. This helps the organisation support you in the right way."),
    //: barriers disability label
    QT_TRANSLATE_NOOP("Questionnaire", "A disability or health condition"),
    //: barriers language label
    QT_TRANSLATE_NOOP("Questionnaire", "Language"),
    //: barriers isolation label
    QT_TRANSLATE_NOOP("Questionnaire", "Being on my own, or cut off from other people"),
    //: barriers immigration label
    QT_TRANSLATE_NOOP("Questionnaire", "Worries about immigration status"),
    //: barriers immigration hint
    QT_TRANSLATE_NOOP("Questionnaire", "Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement."),
    //: barriers none label
    QT_TRANSLATE_NOOP("Questionnaire", "Nothing"),
    //: barriers easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Is anything making it hard for you to get help?"),
    //: barriers easy read 2
    QT_TRANSLATE_NOOP("Questionnaire", "This helps them help you in the right way."),
    //: barriers easy read 3
    QT_TRANSLATE_NOOP("Questionnaire", "Only the organisations you choose will see your answer."),
    //: support section; interpreter_language section; formats section
    QT_TRANSLATE_NOOP("Questionnaire", "Support"),
    //: support title
    QT_TRANSLATE_NOOP("Questionnaire", "What would help you?"),
    //: support emotional label
    QT_TRANSLATE_NOOP("Questionnaire", "Someone to talk to"),
    //: support practical label
    QT_TRANSLATE_NOOP("Questionnaire", "Practical help"),
    //: support practical hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example with housing, repairs or security."),
    //: support interpreter label
    QT_TRANSLATE_NOOP("Questionnaire", "An interpreter"),
    //: support accessible_formats label
    QT_TRANSLATE_NOOP("Questionnaire", "Information in another format"),
    //: support advocacy label
    QT_TRANSLATE_NOOP("Questionnaire", "Someone to speak up for me (an advocate)"),
    //: support none label
    QT_TRANSLATE_NOOP("Questionnaire", "None of these"),
    //: support easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "What help would you like? Choose every answer you want."),
    //: interpreter_language title
    QT_TRANSLATE_NOOP("Questionnaire", "Which language would you like an interpreter for?"),
    //: interpreter_language hint
    QT_TRANSLATE_NOOP("Questionnaire", "Include British Sign Language if you need it."),
    //: interpreter_language easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Which language do you want an interpreter for? It can be sign language."),
    //: formats title
    QT_TRANSLATE_NOOP("Questionnaire", "Which formats would help?"),
    //: formats easy_read label
    QT_TRANSLATE_NOOP("Questionnaire", "Easy read"),
    //: formats large_print label
    QT_TRANSLATE_NOOP("Questionnaire", "Large print"),
    //: formats bsl label
    QT_TRANSLATE_NOOP("Questionnaire", "British Sign Language (BSL) video"),
    //: formats audio label
    QT_TRANSLATE_NOOP("Questionnaire", "Audio"),
    //: formats easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "How would you like information? For example easy read or large print."),
    //: your_age title
    QT_TRANSLATE_NOOP("Questionnaire", "How old are you?"),
    //: your_age hint
    QT_TRANSLATE_NOOP("Questionnaire", "This helps organisations see who is affected. You do not have to say."),
    //: your_age 65_74 label
    QT_TRANSLATE_NOOP("Questionnaire", "65 to 74"),
    //: your_age 75_plus label
    QT_TRANSLATE_NOOP("Questionnaire", "75 or over"),
    //: your_age easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "How old are you? You do not have to say."),
    //: describe_yourself title
    QT_TRANSLATE_NOOP("Questionnaire", "How do you describe yourself?"),
    //: describe_yourself hint
    QT_TRANSLATE_NOOP("Questionnaire", "For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty."),
    //: describe_yourself easy read 1
    QT_TRANSLATE_NOOP("Questionnaire", "Tell us about yourself, if you want to. You can leave this empty."),
};
} // namespace
