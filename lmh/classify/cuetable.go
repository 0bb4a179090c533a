package classify

// The cue kinds. The kinds that speak against an offering come first; a
// clause records its kinds in a 64-bit mask, so there are fewer than 64.
const (
	cueNone cueKind = iota

	// What speaks against an offering: the page is for someone else, or
	// about something else.
	cuePersonnel    // health or care staff, teachers, professionals named
	cueTrainers     // training course leaders, instructors, peers or volunteers
	cueJobAd        // a job advertisement
	cuePractical    // visiting hours, parking, travel, waiting times
	cueLeaflet      // a medication leaflet or instructions for use
	cueNews         // budgets, politics, an organisation's own affairs
	cueResearch     // research, studies, theses
	cueReport       // reports, evaluations, surveys, key figures
	cuePlan         // plans, policy, guidelines, white papers
	cueManual       // manuals and funding calls for organisers, course material
	cueWard         // a ward or department description
	cueCommercial   // commercial fitness, diet and leisure products
	cueNotIllness   // pregnancy, vaccination, first aid
	cueMedia        // a podcast or other media
	cueSchool       // a programme run in class or in kindergarten
	cueClosure      // a service that closes or has closed
	cueSocial       // purely social club life
	cueEncyclopedia // an encyclopedia or disease information entry
	cueCampaign     // campaigns, fundraising, awareness drives
	cueMisc         // cookies, competitions

	// What speaks for an offering.
	cueOfferingShape // påmelding, samlinger, tid og sted: a concrete offering
	cueInvite        // inviterer, tilbyr, velkommen, et tilbud til
	cueTime          // kl. 18, klokka, hver tirsdag
	cueAudience      // målgruppe, kurs for, er for: the audience is named next

	// Who takes part.
	cueParents       // foreldre til barn …
	cueAddressed     // personer med …, voksne med … (people who have something)
	cueAddressedYou  // for deg med …, har du … (the reader has something)
	cueRelative      // pårørende til, har en søster med: the one with the condition is another
	cueGeneralPublic // alle som, for alle, innbyggere: no condition needed
	cueHealthPromo   // frisklivs…, levevaner

	// Who organises it.
	cuePartner     // i samarbeid med, sammen med, midler fra, er med i
	cueLead        // er ansvarlig for, står bak, arrangør: the organiser is named before
	cueAssist      // er med i, bidrar, deltar: a partner is named before
	cueCooperation // samarbeid mellom, går sammen om: co-equal partners
	cueRunBy       // i regi av, arrangeres av, arrangør er: the organiser is named after

	// How and where it is held.
	cuePlace       // a meeting place
	cueVenueIntro  // a phrase that introduces where it is held: "foregår på", "holdes i"
	cueStreet      // the end of a street name ("…gata", "…veien"), checked for a number after it
	cueMeeting     // physical meetings: samlinger, vi møtes, kafé
	cueActivity    // physical activity done at the sessions
	cueVisit       // visits: at home, on the ward
	cueDigital     // a digital way of taking part
	cueAlsoDigital // in person with a digital option, or both
	cueSecondSite  // streamed to a second site
	cueChannel     // a channel a reader may choose (telefon, chat, e-post)
	cueSelfPaced   // på egen hånd, i eget tempo
	cueBothFormats // individuelt eller i gruppe
	cueCatalogue   // an overview of many offerings
	cueOneToOne    // a peer or a line to talk to: likeperson, støttetelefon
	cueEvent       // an event for an audience: seminar, konferanse, foredrag, workshop

	// What it is about.
	cueAcross      // uansett diagnose
	cueLiving      // å leve med sykdom
	cueBroadTarget // langvarig sykdom, helseutfordringer: a target broader than a diagnosis

	// How a word is meant.
	cueNegation   // utelukket, ikke for, ikkje berre: an excluded or negated mention
	cueExample    // for eksempel, blant annet: examples of a broader target
	cueComparison // liknande, i likhet med: named for comparison
	cueUnitName   // enhet for, senter for: a unit's or an organisation's name follows

	cueBecome // bli, å vere: checked for a helper's role after it (helperAfter)
	cueIsA    // er en, er ei: checked for a kind of disease after it (definesDisease)

	cueMeetingHeld // møtet er, møtet som: a meeting of no stated size, a group's only where no other format is stated

	numCueKinds
)

// lastOutOfScope is the last of the kinds that speak against an offering.
const lastOutOfScope = cueMisc

var _ = [1]struct{}{}[numCueKinds/64] // a clause's mask has room for every kind

// cueTable lists the cues, Bokmål and Nynorsk. A leading '|' requires a
// word start, a trailing '|' a word end.
var cueTable = []cue{
	// The audience is staff or professionals.
	{"helsepersonell", cuePersonnel}, {"helse- og omsorgspersonell", cuePersonnel}, {"helse- og sosialpersonell", cuePersonnel},
	{"omsorgspersonell", cuePersonnel}, {"|fagfolk", cuePersonnel}, {"|ansatte i|", cuePersonnel},
	{"|ansatte ved|", cuePersonnel}, {"|tilsette i|", cuePersonnel}, {"|tilsette ved|", cuePersonnel},
	{"kompetanseheving", cuePersonnel}, {"kompetansehevende", cuePersonnel},
	{"kompetansehevande", cuePersonnel}, {"kompetanseutvikling", cuePersonnel}, {"kompetanseprogram", cuePersonnel},
	{"hospitering", cuePersonnel}, {"spesialisering i", cuePersonnel}, {"videreutdanning", cuePersonnel},
	{"vidareutdanning", cuePersonnel}, {"etterutdanning", cuePersonnel}, {"studiepoeng", cuePersonnel},
	{"tellende timer", cuePersonnel}, {"fagdag", cuePersonnel}, {"fagkurs", cuePersonnel}, {"fagkonferanse", cuePersonnel},
	{"helsepedagogikk", cuePersonnel}, {"personalet", cuePersonnel},
	{"barnehagepersonell", cuePersonnel}, {"|lærere", cuePersonnel}, {"|lærarar", cuePersonnel},
	{"primærhelsetjenesten", cuePersonnel}, {"primærhelsetenesta", cuePersonnel}, {"praksisstudiar", cuePersonnel},
	{"serviceyrke", cuePersonnel}, {"næringsdrivande", cuePersonnel}, {"næringsdrivende", cuePersonnel},
	{"støttekontakter", cuePersonnel}, {"støttekontaktar", cuePersonnel}, {"e-læringskurs for", cuePersonnel},
	{"grunnkurs for frisklivs", cuePersonnel}, {"grunnkurs i frisklivs", cuePersonnel}, {"frisklivsarbeid", cuePersonnel},
	{"fagpersonene", cuePersonnel}, {"legeforening", cuePersonnel},
	{"|fastleger", cuePersonnel}, {"|fastlegar", cuePersonnel},
	{"|kommunehelsetjenesten", cuePersonnel}, {"våre fastleger", cuePersonnel}, {"utdanning av helsepersonell", cuePersonnel},
	{"|jordmødre|", cuePersonnel}, {"|jordmødrer|", cuePersonnel},
	{"demensomsorgens abc", cuePersonnel}, {"eldreomsorgens abc", cuePersonnel}, {"fagnettverk", cuePersonnel},
	{"nettverkssamling", cuePersonnel}, {"fagsamling", cuePersonnel}, {"fagseminar", cuePersonnel}, {"fagutvikling", cuePersonnel},
	{"helsepersonellet", cuePersonnel}, {"kommunalt ansatte", cuePersonnel}, {"kommunalt tilsette", cuePersonnel},

	// Staff named by the head of a compound: any plural of a profession
	// ("diabetessykepleiere", "barnehageansatte", "sosialarbeidere").
	{"ansatte|", cuePersonnel}, {"tilsette|", cuePersonnel}, {"pleiere|", cuePersonnel}, {"pleierne|", cuePersonnel},
	{"pleiarar|", cuePersonnel}, {"pleiarane|", cuePersonnel}, {"terapeuter|", cuePersonnel}, {"terapeutar|", cuePersonnel},
	{"psykologer|", cuePersonnel}, {"psykologar|", cuePersonnel},
	{"pedagoger|", cuePersonnel}, {"pedagogar|", cuePersonnel}, {"arbeidere|", cuePersonnel}, {"arbeidarar|", cuePersonnel},
	{"|leger|", cuePersonnel}, {"|legar|", cuePersonnel}, {"legene|", cuePersonnel}, {"legane|", cuePersonnel},
	{"|personell|", cuePersonnel}, {"fagpersoner|", cuePersonnel}, {"fagpersonar|", cuePersonnel},
	{"rådgivere|", cuePersonnel}, {"rådgjevarar|", cuePersonnel}, {"konsulenter|", cuePersonnel},
	{"konsulentar|", cuePersonnel}, {"koordinatorer|", cuePersonnel}, {"koordinatorar|", cuePersonnel},
	{"assistenter|", cuePersonnel}, {"assistentar|", cuePersonnel}, {"helsesøstre|", cuePersonnel},

	// Training course leaders, instructors, peers, volunteers.
	{"instruktørkurs", cueTrainers}, {"instruktøropplæring", cueTrainers}, {"instruktørheftet", cueTrainers},
	{"kurslederkurs", cueTrainers}, {"kursleiarkurs", cueTrainers}, {"kursledersamling", cueTrainers},
	{"kursleiarsamling", cueTrainers}, {"kursholderopplæring", cueTrainers}, {"bli sertifisert", cueTrainers}, {"bli likeperson", cueTrainers},
	{"likepersonskurs", cueTrainers}, {"likepersonkurs", cueTrainers}, {"nye likepersoner", cueTrainers},
	{"til nytte for likepersoner", cueTrainers}, {"aktivitetsvenn", cueTrainers},
	{"bli frivillig", cueTrainers}, {"rolla som frivillig", cueTrainers}, {"rollen som frivillig", cueTrainers},
	{"søker brukerrepresentant", cueTrainers}, {"søkjer brukarrepresentant", cueTrainers},
	{"søker personer med egenerfaring", cueTrainers}, {"får honorar", cueTrainers}, {"honorar etter", cueTrainers},
	{"kursopplegg", cueTrainers}, {"kursmateriell", cueTrainers}, {"opplæringsmateriell", cueTrainers},
	{"diplom", cueTrainers}, {"kunne tenke seg å være", cueTrainers}, {"instruktørar", cueTrainers},
	{"instruktører", cueTrainers}, {"opplæring i rollen", cueTrainers}, {"|kursledere", cueTrainers},
	{"|kursleiarar", cueTrainers}, {"for frivillige", cueTrainers}, {"til frivillige", cueTrainers},
	{"for likepersoner", cueTrainers}, {"til likepersoner", cueTrainers}, {"for likepersonar", cueTrainers},
	{"for de som jobber", cueTrainers}, {"for dei som jobbar", cueTrainers}, {"for deg som jobber", cueTrainers},
	{"for deg som jobbar", cueTrainers}, {"for deg som arbeider", cueTrainers}, {"for arrangører", cueTrainers},
	{"sertifisering", cueTrainers}, {"sertifisert som", cueTrainers}, {"kurslederopplæring", cueTrainers},
	{"kursleiaropplæring", cueTrainers}, {"instruktørutdanning", cueTrainers}, {"opplæring av kursledere", cueTrainers},
	{"opplæring av kursleiarar", cueTrainers}, {"opplæring av frivillige", cueTrainers}, {"frivilligkurs", cueTrainers},
	{"for deg som skal holde", cueTrainers}, {"for deg som skal halde", cueTrainers}, {"kurslederveiledning", cueTrainers},
	{"kursleiarrettleiing", cueTrainers},

	// A job ad.
	{"ledig stilling", cueJobAd}, {"fast stilling", cueJobAd}, {"% stilling", cueJobAd}, {"% fast", cueJobAd},
	{"søknadsfrist", cueJobAd}, {"lønn etter", cueJobAd}, {"løn etter", cueJobAd}, {"tiltredelse", cueJobAd},
	{"tiltreding", cueJobAd}, {"politiattest", cueJobAd}, {"autorisasjon som", cueJobAd}, {"vi ønsker deg som har", cueJobAd},
	{"vi ønskjer deg som har", cueJobAd}, {"søkere må", cueJobAd}, {"|søker sykepleier", cueJobAd},
	{"|søker psykolog", cueJobAd}, {"|søkjer frisklivs", cueJobAd}, {"erfaringskonsulent søkes", cueJobAd},
	{"|søker erfaringskonsulent", cueJobAd}, {"stillingstittel", cueJobAd}, {"ansettelsesform", cueJobAd},
	{"arbeidsgiver:", cueJobAd}, {"søk stillingen", cueJobAd}, {"full stilling", cueJobAd}, {"|stillinger som", cueJobAd},
	{"koordinatorstilling", cueJobAd},
	{"stillingsprosent", cueJobAd}, {"vikariat", cueJobAd}, {"vi søkjer etter", cueJobAd}, {"vi søker etter", cueJobAd},
	{"søk på stillinga", cueJobAd}, {"søk på stillingen", cueJobAd}, {"kvalifikasjoner:", cueJobAd}, {"kvalifikasjonar:", cueJobAd},
	{"personlige egenskaper", cueJobAd}, {"personlege eigenskapar", cueJobAd}, {"arbeidsoppgaver", cueJobAd},
	{"arbeidsoppgåver", cueJobAd}, {"ønskede kvalifikasjoner", cueJobAd}, {"ønska kvalifikasjonar", cueJobAd},
	{"tilsettingsform", cueJobAd}, {"|stillinga|", cueJobAd}, {"|stillingen|", cueJobAd},

	// Practical information.
	{"besøkstid", cuePractical}, {"besøkende", cuePractical}, {"besøkande", cuePractical}, {"parkering", cuePractical},
	{"pasientreise", cuePractical}, {"reiseutgifter", cuePractical}, {"ventetid", cuePractical},
	{"fritt behandlingsvalg", cuePractical}, {"behandlingssted", cuePractical}, {"innkalling", cuePractical},
	{"besøksstans", cuePractical}, {"visittid", cuePractical}, {"henvisningsskjema", cuePractical},
	{"standardskjema", cuePractical},
	{"legevakt", cuePractical}, {"akuttmottak", cuePractical}, {"pasienthotell", cuePractical},

	// A medication leaflet.
	{"pakningsvedlegg", cueLeaflet}, {"les nøye gjennom", cueLeaflet}, {"oppbevares", cueLeaflet},
	{"bruksanvisning", cueLeaflet}, {"ikke bruk mer enn", cueLeaflet}, {"brukes til behandling av", cueLeaflet},
	{"inhalasjoner", cueLeaflet}, {"legemidler som markedsføres", cueLeaflet}, {"bivirkninger", cueLeaflet},
	{"dosering", cueLeaflet}, {"virkestoff", cueLeaflet}, {"biverknader", cueLeaflet},

	// News of budgets, politics and organisations' own affairs.
	{"budsjett", cueNews}, {"millioner kroner", cueNews}, {"kommunestyret", cueNews}, {"bystyret", cueNews},
	{"vedtok", cueNews}, {"|vedtatt", cueNews}, {"rådmannen", cueNews}, {"kommunedirektøren", cueNews},
	{"styret behandler", cueNews}, {"statsbudsjett", cueNews}, {"stortinget", cueNews}, {"statssekretær", cueNews},
	{"helseminister", cueNews}, {"regjeringen", cueNews}, {"regjeringa", cueNews}, {"partiene", cueNews},
	{"opposisjonen", cueNews}, {"landsmøte", cueNews}, {"årsmøte", cueNews}, {"valgkomite", cueNews},
	{"landsstyre", cueNews}, {"slås sammen", cueNews}, {"sammenslåing", cueNews}, {"pengegave", cueNews},
	{"offisielt åpnet", cueNews}, {"ble åpnet", cueNews}, {"har publisert", cueNews}, {"underskot", cueNews},
	{"underskudd", cueNews}, {"innsparing", cueNews}, {"kutt i", cueNews}, {"politiske", cueNews},
	{"ordførar", cueNews}, {"ordfører", cueNews},
	{"jubileum", cueNews}, {"|bevilget", cueNews}, {"|bevilga", cueNews}, {"|løyvde", cueNews}, {"millionar", cueNews}, {"jubilerer", cueNews}, {"år sidan oppstarten", cueNews}, {"år siden oppstarten", cueNews},
	{"kronikk", cueNews}, {"leserinnlegg", cueNews}, {"lesarinnlegg", cueNews}, {"debattinnlegg", cueNews},
	{"vart opna", cueNews}, {"blei opna", cueNews}, {"ble opnet", cueNews}, {"offisielt opna", cueNews},
	// Money and buildings for a service, and calls for one that is missing.
	{"fått penger", cueNews}, {"fått midler", cueNews}, {"fått midlar", cueNews}, {"tildelt midler", cueNews},
	{"tildelt midlar", cueNews}, {"nytt bygg", cueNews}, {"byggestart", cueNews}, {"grunnstein", cueNews},
	{"første spadetak", cueNews}, {"fyrste spadetak", cueNews}, {"etterlyser", cueNews}, {"etterlyse", cueNews},
	{"krever at", cueNews}, {"krev at", cueNews}, {"må få tilgang", cueNews},

	// Research, studies, theses.
	{"forskningsprosjekt", cueResearch}, {"forskingsprosjekt", cueResearch}, {"doktorgrad", cueResearch},
	{"stipendiat", cueResearch}, {"forskningsråd", cueResearch}, {"randomisert", cueResearch},
	{"prosjektet undersøk", cueResearch}, {"masteroppgave", cueResearch}, {"bacheloroppgave", cueResearch},
	{"kandidatnummer", cueResearch}, {"en oppgave om", cueResearch}, {"kvalitativ studie", cueResearch},
	{"intervjuundersøkelse", cueResearch}, {"studien", cueResearch}, {"en studie", cueResearch},
	{"ein studie", cueResearch}, {"studie:", cueResearch}, {"intervensjonsstudier", cueResearch},
	{"forskningsrapport", cueResearch}, {"forskingsrapport", cueResearch}, {"førsteamanuensis", cueResearch},
	{"et al.", cueResearch}, {"hensikt:", cueResearch}, {"metode:", cueResearch}, {"forsket på", cueResearch},
	{"forska på", cueResearch}, {"originalartikkel", cueResearch}, {"tidsskrift for", cueResearch},
	{"veileder:", cueResearch}, {"sammendrag", cueResearch},
	{"samandrag", cueResearch}, {"forskarar", cueResearch}, {"forskere", cueResearch}, {"|forsking|", cueResearch},
	{"forskningsspørsmål", cueResearch}, {"forskingsspørsmål", cueResearch}, {"problemstilling:", cueResearch},
	{"intervjustudie", cueResearch}, {"kohortstudie", cueResearch},
	{"forskinga", cueResearch}, {"forskningen", cueResearch}, {"forskning viser", cueResearch}, {"forsking viser", cueResearch},
	{"studier viser", cueResearch}, {"studiar viser", cueResearch}, {"studien viser", cueResearch}, {"studiane", cueResearch},
	{"studiene", cueResearch}, {"pilotstudie", cueResearch}, {"effektstudie", cueResearch}, {"informanter", cueResearch},
	{"informantar", cueResearch}, {"avhandling", cueResearch}, {"ph.d", cueResearch}, {"publisert i", cueResearch},
	{"doktorgradsprosjekt", cueResearch}, {"forskergruppe", cueResearch}, {"forskargruppe", cueResearch},

	// Reports, evaluations, surveys.
	{"rapporten", cueReport}, {"rapport fra", cueReport}, {"prosjektrapport", cueReport}, {"kortversjon av rapport", cueReport},
	{"årsmelding", cueReport}, {"årsrapport", cueReport}, {"kartlegging", cueReport}, {"kartleggingen", cueReport},
	{"evalueringer viser", cueReport}, {"evaluering av", cueReport}, {"selvevaluering", cueReport},
	{"undersøkelse viser", cueReport}, {"undersøkelsen", cueReport}, {"spørreundersøkelse", cueReport},
	{"spørjeundersøking", cueReport}, {"pasienterfaringsundersøkelse", cueReport}, {"nøkkeltal", cueReport},
	{"nøkkeltall", cueReport}, {"pasientrekneskap", cueReport}, {"erfaringene herfra", cueReport},
	{"en ny rapport", cueReport}, {"rapporterte", cueReport}, {"prosent av", cueReport},
	{"syner tal", cueReport}, {"viser tall", cueReport},
	{"evalueringa", cueReport}, {"evalueringen", cueReport}, {"evalueringsrapport", cueReport}, {"evaluering viser", cueReport},
	{"|evaluert", cueReport}, {"rapporten viser", cueReport}, {"resultata viser", cueReport}, {"resultatene viser", cueReport},
	{"undersøkinga", cueReport}, {"undersøkingar", cueReport},

	// Plans, policy, guidelines.
	{"handlingsplan", cuePlan}, {"kommunedelplan", cuePlan}, {"kommuneplan", cuePlan}, {"planprogram", cuePlan},
	{"demensplan", cuePlan}, {"opptrappingsplan", cuePlan}, {"regional plan", cuePlan}, {"nasjonal veileder", cuePlan},
	{"nasjonal rettleiar", cuePlan}, {"nasjonale føringer", cuePlan}, {"sentrale føringer", cuePlan},
	{"retningslinje", cuePlan}, {"meld. st", cuePlan}, {"stortingsmelding", cuePlan}, {"høyringsdokument", cuePlan},
	{"høringsdokument", cuePlan}, {"komiteen", cuePlan}, {"forskrift", cuePlan}, {"lovpålagde", cuePlan},
	{"lovpålagte", cuePlan}, {"tildelingskriterier", cuePlan}, {"utviklingsplan", cuePlan}, {"planperioden", cuePlan},
	{"målet med planen", cuePlan}, {"styringsverktøy", cuePlan}, {"strategiprosess", cuePlan},
	{"samhandlingsreformen", cuePlan}, {"prosedyre", cuePlan},
	{"fagprosedyre", cuePlan}, {"pakkeforløp", cuePlan}, {"strategien", cuePlan}, {"strategiplan", cuePlan},
	{"føringar", cuePlan},
	// A text that names itself a part of a document.
	{"|kapittel", cuePlan}, {"|kapitlet", cuePlan}, {"|kapitler", cuePlan},
	{"i dette dokumentet", cuePlan}, {"i denne veilederen", cuePlan},
	{"i denne rettleiaren", cuePlan}, {"i denne veiledaren", cuePlan},

	// Manuals and funding calls for organisers.
	{"håndbok", cueManual}, {"håndboka", cueManual}, {"sjekkliste", cueManual}, {"for kommunen", cueManual},
	{"din kommune", cueManual}, {"hvordan starte", cueManual},
	{"etablering av", cueManual}, {"oppstart av", cueManual}, {"steg 1", cueManual}, {"søk om midler", cueManual},
	{"søke midler", cueManual}, {"lyser ut", cueManual}, {"tilskudd", cueManual}, {"tilskot", cueManual},
	{"søkerorganisasjon", cueManual}, {"kursarrangør", cueManual}, {"veileder for", cueManual},
	{"rettleiar for", cueManual}, {"spilleregler", cueManual}, {"praktiske rammer for", cueManual},
	{"arbeidsgruppe", cueManual}, {"idébank", cueManual}, {"godkjent kurs", cueManual},
	{"økonomisk støtte", cueManual}, {"partnerskapsavtale", cueManual},
	{"kursmanual", cueManual}, {"kurslederhefte", cueManual}, {"kursleiarhefte", cueManual}, {"for kommunane", cueManual},
	{"for kommunene", cueManual}, {"kommuner som ønsker", cueManual}, {"kommunar som ønskjer", cueManual},
	{"handboka", cueManual}, {"|handbok", cueManual}, {"søknadsskjema", cueManual},

	// A ward or department.
	{"sengepost", cueWard}, {"senger|", cueWard}, {"innleggelse", cueWard}, {"innlegging", cueWard},
	{"overvakingseining", cueWard}, {"overvåkingsenhet", cueWard}, {"tek imot pasientar", cueWard},
	{"tar imot pasienter", cueWard}, {"observasjonspost", cueWard}, {"intensivseksjon", cueWard},
	{"ansatte og ledes av", cueWard}, {"om oss", cueWard},
	{"døgnavdeling", cueWard}, {"døgneining", cueWard}, {"døgnenhet", cueWard}, {"akuttpsykiatri", cueWard},

	// Commercial fitness, diet and leisure.
	{"personlig trener", cueCommercial}, {"klippekort", cueCommercial}, {"nye kunder", cueCommercial},
	{"studioets", cueCommercial}, {"yogastudio", cueCommercial}, {"medlemskapet", cueCommercial},
	{"bindingstid", cueCommercial}, {"treningsavgift", cueCommercial}, {"avtalegiro", cueCommercial},
	{"annonsørinnhold", cueCommercial}, {"annonse", cueCommercial}, {"slanke seg", cueCommercial},
	{"vekttap", cueCommercial}, {"dietter", cueCommercial}, {"dietten", cueCommercial}, {"treningssentre", cueCommercial},
	{"booke", cueCommercial}, {"no show", cueCommercial}, {"kaloriar", cueCommercial}, {"kalorier", cueCommercial},
	{"velværesenter", cueCommercial}, {"privat selskap", cueCommercial},
	{"handlekurv", cueCommercial}, {"abonnement", cueCommercial}, {"|rabatt", cueCommercial}, {"fri frakt", cueCommercial},
	{"kr/mnd", cueCommercial}, {"kampanjepris", cueCommercial}, {"prøv gratis", cueCommercial},

	// Not about living with illness.
	{"gravide", cueNotIllness}, {"fødselsforberedende", cueNotIllness}, {"svangerskap", cueNotIllness},
	{"vaksine", cueNotIllness}, {"vaksinasjon", cueNotIllness}, {"vaksinering", cueNotIllness},
	{"førstehjelpskurs", cueNotIllness}, {"kurs i førstehjelp", cueNotIllness}, {"hjerte-lungeredning", cueNotIllness},

	// Media.
	{"podkast", cueMedia}, {"podcast", cueMedia}, {"episode", cueMedia},
	{"ny bok", cueMedia}, {"i boka", cueMedia}, {"i boken", cueMedia}, {"boka «", cueMedia}, {"boken «", cueMedia},
	{"dette heftet", cueMedia}, {"i heftet", cueMedia}, {"denne brosjyren", cueMedia}, {"denne artikkelen", cueMedia},
	{"i artikkelen", cueMedia}, {"les artikkelen", cueMedia}, {"denne filmen", cueMedia}, {"dokumentar", cueMedia},

	// A programme run in class or in kindergarten.
	{"|elever", cueSchool}, {"|elevar", cueSchool}, {"skoleprogram", cueSchool}, {"skuleprogram", cueSchool},
	{"undervisningsmateriell", cueSchool}, {"på timeplanen", cueSchool}, {"i klassen", cueSchool},
	{"klassetrinn", cueSchool}, {". klasse", cueSchool}, {". trinn", cueSchool}, // "i 3. og 8. klasse"
	{"førsteklass", cueSchool}, {"|vg1", cueSchool}, {"barnehagene", cueSchool},
	{"i barnehagen", cueSchool}, {"ungdomsskulen", cueSchool}, {"ungdomsskolen", cueSchool}, {"barneskolen", cueSchool},
	{"på skulen", cueSchool}, {"på skolen", cueSchool}, {"videregående skole", cueSchool}, {"videregåendeskole", cueSchool},
	{"lærarane", cueSchool}, {"lærerne", cueSchool},
	{"|elevene", cueSchool}, {"|elevane", cueSchool}, {"skoleklasse", cueSchool}, {"skuleklasse", cueSchool},
	{"barnehagebarn", cueSchool}, {"skuletimar", cueSchool}, {"skoletimer", cueSchool},

	// A service that closes or has closed.
	{"stenges", cueClosure}, {"blir stengt", cueClosure}, {"legges ned", cueClosure}, {"lagt ned", cueClosure},
	{"nedlegging", cueClosure}, {"avvikles", cueClosure}, {"for godt", cueClosure}, {"drive foreningen videre", cueClosure},
	{"|avlys", cueClosure}, {"gir seg", cueClosure}, // avlyse, avlyser, avlyst, avlyses
	{"nedlagt", cueClosure}, {"avviklet", cueClosure}, {"avvikla", cueClosure}, {"opphører", cueClosure},
	{"vart avslutta", cueClosure}, {"ble avsluttet", cueClosure}, {"vert lagt ned", cueClosure},

	// Purely social club life.
	{"medlemsmøte", cueSocial}, {"sommerfest", cueSocial}, {"tombola", cueSocial}, {"strikkekafe", cueSocial},
	{"strikkedag", cueSocial}, {"julebord", cueSocial}, {"festmiddag", cueSocial}, {"ingen prat om", cueSocial},
	{"juletrefest", cueSocial}, {"|bingo", cueSocial}, {"|basar", cueSocial}, {"loddsalg", cueSocial},

	// Encyclopedia and disease information.
	{"wikipedia", cueEncyclopedia}, {"leksikon", cueEncyclopedia}, {"encyklopedi", cueEncyclopedia},
	{"er en betegnelse på", cueEncyclopedia}, {"er ei gruppe", cueEncyclopedia}, {"er en samlebetegnelse", cueEncyclopedia},
	{"hovedsymptomet", cueEncyclopedia}, {"symptomene på", cueEncyclopedia}, {"den viktigste årsaken", cueEncyclopedia},
	{"er en tilstand", cueEncyclopedia}, {"er ein tilstand", cueEncyclopedia}, {"informasjon, tilstand", cueEncyclopedia},
	{"|rediger", cueEncyclopedia}, {"er erverva", cueEncyclopedia}, {"er ervervet", cueEncyclopedia},
	{"kjennetegnes", cueEncyclopedia}, {"arvelig", cueEncyclopedia}, {"arveleg", cueEncyclopedia}, {"prognosen", cueEncyclopedia},
	{"forekommer", cueEncyclopedia}, {"førekjem", cueEncyclopedia}, {"kjenneteiknast", cueEncyclopedia}, {"forekomst", cueEncyclopedia},
	{"førekomst", cueEncyclopedia},
	{"diagnostiseres", cueEncyclopedia}, {"diagnostiserast", cueEncyclopedia},

	// Campaigns, fundraising, awareness.
	{"kampanje", cueCampaign}, {"tv-aksjonen", cueCampaign}, {"demensvennlig samfunn", cueCampaign},
	{"demensvenleg samfunn", cueCampaign}, {"innsamla", cueCampaign}, {"innsamlet", cueCampaign},
	{"generøse givere", cueCampaign}, {"konsert", cueCampaign}, {"pengegåve", cueCampaign},
	{"innsamlingsaksjon", cueCampaign}, {"innsamling", cueCampaign}, {"kronerulling", cueCampaign}, {"gi en gave", cueCampaign},
	{"gje ei gåve", cueCampaign}, {"støttekonsert", cueCampaign},

	// Cookies, competitions.
	{"informasjonskapsler", cueMisc}, {"informasjonskapslar", cueMisc}, {"cookies", cueMisc},
	{"konkurransen", cueMisc}, {"konkurransevilkår", cueMisc}, {"søknaden", cueMisc},
	{"|premie", cueMisc}, {"trekning", cueMisc}, {"konkurranse|", cueMisc},

	// The shape of a concrete offering.
	{"påmelding", cueOfferingShape}, {"meld deg på", cueOfferingShape}, {"melde deg på", cueOfferingShape},
	{"meld deg", cueOfferingShape}, {"kurset går over", cueOfferingShape}, {"kurset varer", cueOfferingShape},
	{"|samlinger", cueOfferingShape}, {"|samlingar", cueOfferingShape}, {"|kurset", cueOfferingShape},
	{"ingen påmelding", cueOfferingShape}, {"tid og sted", cueOfferingShape}, {"tid og stad", cueOfferingShape},
	{"|gratis", cueOfferingShape}, {"egenandel", cueOfferingShape}, {"eigenandel", cueOfferingShape},
	{"kursavgift", cueOfferingShape}, {"deltakere", cueOfferingShape}, {"deltakarar", cueOfferingShape},
	{"deltagere", cueOfferingShape}, {"gruppestørrelse", cueOfferingShape}, {"plass til", cueOfferingShape},
	{"oppstart", cueOfferingShape}, {"ta kontakt", cueOfferingShape}, {"kontaktperson", cueOfferingShape},
	{"kontakt oss", cueOfferingShape}, {"ingen henvisning", cueOfferingShape}, {"uten henvisning", cueOfferingShape},
	{"henvisning fra", cueOfferingShape}, {"tilvising", cueOfferingShape}, {"kurskveld", cueOfferingShape},
	{"kursdag", cueOfferingShape}, {"ganger|", cueOfferingShape}, {"gonger|", cueOfferingShape},
	// How to join, Bokmål and Nynorsk.
	{"ta direkte kontakt", cueOfferingShape}, {"kan henvises", cueOfferingShape}, {"kan tilvisast", cueOfferingShape},
	{"kan tilvisest", cueOfferingShape}, {"egenhenvisning", cueOfferingShape}, {"eigentilvising", cueOfferingShape},
	{"sjølvtilvising", cueOfferingShape}, {"selvhenvisning", cueOfferingShape}, {"ledige plasser", cueOfferingShape},
	{"ledige plassar", cueOfferingShape}, {"søk om plass", cueOfferingShape}, {"meld frå", cueOfferingShape},
	{"ønsker du å delta", cueOfferingShape}, {"ønskjer du å delta", cueOfferingShape}, {"vil du delta", cueOfferingShape},
	{"påmeld", cueOfferingShape}, {"ring oss", cueOfferingShape},

	// Offering verbs and invitations.
	{"inviterer", cueInvite}, {"invitert", cueInvite}, {"|tilbyr", cueInvite}, {"|tilbys", cueInvite},
	{"|tilbydd", cueInvite}, {"|tilby|", cueInvite}, {"velkommen", cueInvite}, {"velkomen", cueInvite}, {"et tilbud til", cueInvite},
	{"eit tilbod til", cueInvite}, {"et tilbud for", cueInvite}, {"eit tilbod for", cueInvite},
	{"et gratis", cueInvite}, {"for deg som", cueInvite}, {"passer for", cueInvite}, {"passar for", cueInvite},
	{"målgruppe", cueInvite}, {"kven kan delta", cueInvite}, {"hvem kan delta", cueInvite},
	{"hvem passer", cueInvite}, {"arrangerer", cueInvite}, {"starter opp", cueInvite}, {"startar opp", cueInvite},
	{"er ment for", cueInvite}, {"lavterskeltilbud", cueInvite}, {"lavterskel", cueInvite},
	{"ønsker deg velkommen", cueInvite}, {"åpent for", cueInvite}, {"ope for", cueInvite}, {"open for", cueInvite},

	// The audience is named next.
	{"målgruppe", cueAudience}, {"målgruppa", cueAudience}, {"kurs for", cueAudience}, {"kurset er for", cueAudience},
	{"kurset passer for", cueAudience}, {"kurset er ment for", cueAudience}, {"er for deg", cueAudience},
	{"retta mot", cueAudience}, {"rettet mot", cueAudience}, {"beregnet for", cueAudience}, {"berekna for", cueAudience},
	{"tilbud til", cueAudience}, {"tilbod til", cueAudience}, {"tilbud for", cueAudience}, {"tilbod for", cueAudience},
	{"kven kan delta", cueAudience}, {"hvem kan delta", cueAudience}, {"hvem passer", cueAudience},
	{"for deltakere", cueAudience}, {"inviterer", cueAudience}, {"invitere", cueAudience}, {"kurs til", cueAudience},
	{"opplæring for", cueAudience}, {"opplæring av", cueAudience}, {"opplæring til", cueAudience},
	{"kurset for", cueAudience}, {"kursa for", cueAudience}, {"kursene for", cueAudience}, {"gruppe for", cueAudience},
	{"gruppa for", cueAudience}, {"tilbys", cueAudience}, {"for de som", cueAudience}, {"for dei som", cueAudience},
	{"for folk", cueAudience},

	// Times.
	{"|kl.", cueTime}, {"|kl |", cueTime}, {"klokka", cueTime}, {"klokken", cueTime}, {"|mandag", cueTime},
	{"|tirsdag", cueTime}, {"|onsdag", cueTime}, {"|torsdag", cueTime}, {"|fredag", cueTime}, {"|lørdag", cueTime},
	{"|søndag", cueTime}, {"|måndag", cueTime}, {"|tysdag", cueTime}, {"|laurdag", cueTime}, {"|sundag", cueTime},
	{"hver uke", cueTime}, {"kvar veke", cueTime}, {"i uka", cueTime}, {"i veka", cueTime}, {"ukentlig", cueTime},
	{"vekentleg", cueTime},

	// Parents of children.
	{"foreldre til barn", cueParents}, {"foreldre til born", cueParents}, {"foreldre til eit barn", cueParents},
	{"foreldre til et barn", cueParents}, {"foreldre som har fått et barn", cueParents},
	{"foreldre som nylig har fått vite at barnet", cueParents}, {"foreldre som nyleg har fått vite at barnet", cueParents},
	{"familier med barn", cueParents}, {"familiar med born", cueParents}, {"foreldre med barn", cueParents},
	{"foreldre som har barn", cueParents}, {"har barn med", cueParents},

	// People addressed as having something.
	{"deg som har", cueAddressedYou}, {"deg med|", cueAddressedYou}, {"deg som lever med", cueAddressedYou},
	{"deg som har hatt", cueAddressedYou}, {"personer med", cueAddressed}, {"personar med", cueAddressed},
	{"voksne med", cueAddressed}, {"vaksne med", cueAddressed}, {"ungdom med", cueAddressed},
	{"unge med", cueAddressed}, {"kvinner som", cueAddressed}, {"menn som", cueAddressed},
	{"alle med", cueAddressed}, {"alle som har", cueAddressed}, {"deg som er plaga", cueAddressedYou},
	{"deg som opplever", cueAddressedYou}, {"for deg med", cueAddressedYou}, {"nydiagnostiserte", cueAddressed},
	{"har du fått", cueAddressedYou}, {"har du hatt", cueAddressedYou}, {"har du ", cueAddressedYou},
	{"deg som slit med", cueAddressedYou}, {"deg som strever med", cueAddressedYou},
	{"medlemmer med", cueAddressed}, {"dei som har", cueAddressed}, {"de som har", cueAddressed},
	// A person's own words: "jeg har kols".
	{"|jeg har", cueAddressedYou}, {"|eg har", cueAddressedYou}, {"|jeg lever med", cueAddressedYou},
	{"|eg lever med", cueAddressedYou}, {"|jeg sliter med", cueAddressedYou}, {"|eg slit med", cueAddressedYou},
	{"|jeg fikk", cueAddressedYou}, {"|eg fekk", cueAddressedYou}, {"|jeg har fått", cueAddressedYou},
	{"|eg har fått", cueAddressedYou}, {"|jeg er rammet av", cueAddressedYou}, {"|eg er ramma av", cueAddressedYou},
	{"pasienter med", cueAddressed}, {"pasientar med", cueAddressed}, {"mennesker med", cueAddressed},
	{"menneske med", cueAddressed}, {"folk med", cueAddressed}, {"deltakere med", cueAddressed},
	{"rammet av", cueAddressed}, {"ramma av", cueAddressed}, {"råka av", cueAddressed}, {"rammes av", cueAddressed},
	{"som lever med", cueAddressed}, {"som strever med", cueAddressed},
	{"som strevar med", cueAddressed}, {"som har fått", cueAddressed}, {"som har hatt", cueAddressed},
	{"personer som har", cueAddressed}, {"personar som har", cueAddressed}, {"barn med", cueAddressed},
	{"born med", cueAddressed}, {"diagnosen", cueAddressed},
	// The afflicted, named by the verb rather than by what afflicts them.
	{"som rammes", cueAddressed}, {"som blir rammet", cueAddressed}, {"som er rammet", cueAddressed},
	{"som har blitt rammet", cueAddressed}, {"som har vært rammet", cueAddressed}, {"som blir ramma", cueAddressed},
	{"som vert ramma", cueAddressed}, {"som er ramma", cueAddressed}, {"som har vorte ramma", cueAddressed},
	{"som har blitt ramma", cueAddressed}, {"som er råka", cueAddressed}, {"som blir råka", cueAddressed},
	{"som vert råka", cueAddressed},

	// The one with the condition is someone else.
	{"pårørende til", cueRelative}, {"pårørande til", cueRelative}, {"pårørende av", cueRelative},
	{"pårørende etter", cueRelative}, {"foreldre til", cueRelative}, {"søsken til", cueRelative},
	{"|barn av", cueRelative}, {"|barn til", cueRelative}, {"|born til", cueRelative}, {"etterlatte etter", cueRelative},
	{"etterlatne etter", cueRelative}, {"mor eller far", cueRelative}, {"mamma eller pappa", cueRelative},
	{"dine nærmeste", cueRelative}, {"dine næraste", cueRelative}, {"har en søster", cueRelative},
	{"har ein søster", cueRelative}, {"har en bror", cueRelative}, {"har ein bror", cueRelative},
	{"har en forelder", cueRelative}, {"har ein forelder", cueRelative}, {"familiemedlem", cueRelative},
	{"står nær", cueRelative}, {"lever sammen med en", cueRelative}, {"lever saman med ein", cueRelative},
	{"i nær relasjon", cueRelative}, {"nærstående til", cueRelative}, {"en mann med", cueRelative},
	{"ein mann med", cueRelative}, {"en kone med", cueRelative}, {"nær venn", cueRelative}, {"nabo med", cueRelative}, {"venn med", cueRelative},
	{"har nokon i familien", cueRelative}, {"har noen i familien", cueRelative}, {"har ein i familien", cueRelative},
	{"har en i familien", cueRelative}, {"har ein nær", cueRelative}, {"har en nær", cueRelative}, {"kjæraste med", cueRelative},
	{"ektefelle med", cueRelative}, {"partner med", cueRelative}, {"sambuar med", cueRelative}, {"samboer med", cueRelative}, {"har foreldre med", cueRelative},
	{"har foreldre som", cueRelative}, {"pårørendes", cueRelative}, {"deres nærmeste", cueRelative},
	{"og deres pårørende", cueRelative}, {"og deira pårørande", cueRelative}, {"og dine pårørende", cueRelative},
	{"og deres foreldre", cueRelative}, {"og deira foreldre", cueRelative}, {"og foreldrene deres", cueRelative},
	{"og foreldra deira", cueRelative}, {"og deres familie", cueRelative}, {"og deira familie", cueRelative},
	{"og familiene deres", cueRelative}, {"og familiane deira", cueRelative}, {"og deres nærmeste", cueRelative},
	{"og deira næraste", cueRelative},
	// A person's own relatives: "min mann har demens".
	{"|min mann", cueRelative}, {"|mannen min", cueRelative}, {"|min kone", cueRelative}, {"|kona mi", cueRelative},
	{"|kona min", cueRelative}, {"|min samboer", cueRelative}, {"|samboeren min", cueRelative},
	{"|sambuaren min", cueRelative}, {"|min mor", cueRelative}, {"|mora mi", cueRelative}, {"|moren min", cueRelative},
	{"|mor mi", cueRelative}, {"|min far", cueRelative}, {"|faren min", cueRelative}, {"|far min", cueRelative},
	{"|min sønn", cueRelative}, {"|sønnen min", cueRelative}, {"|sønnen vår", cueRelative},
	{"|min datter", cueRelative}, {"|datteren min", cueRelative}, {"|dottera mi", cueRelative},
	{"|dattera vår", cueRelative}, {"|datteren vår", cueRelative}, {"|barnet mitt", cueRelative},
	{"|barnet vårt", cueRelative}, {"|ungen vår", cueRelative}, {"|mitt barn", cueRelative},
	{"|vårt barn", cueRelative}, {"|broren min", cueRelative}, {"|bror min", cueRelative},
	{"|søstera mi", cueRelative}, {"|søsteren min", cueRelative}, {"|søster mi", cueRelative},
	{"|min bror", cueRelative}, {"|min søster", cueRelative}, {"|ektefellen min", cueRelative},

	// The general public.
	{"alle som", cueGeneralPublic}, {"for alle", cueGeneralPublic}, {"åpent for alle", cueGeneralPublic},
	{"åpen for alle", cueGeneralPublic}, {"ope for alle", cueGeneralPublic}, {"open for alle", cueGeneralPublic},
	{"alle over", cueGeneralPublic}, {"for deg over", cueGeneralPublic}, {"alle interesserte", cueGeneralPublic},
	{"alle er velkomne", cueGeneralPublic}, {"alle velkomne", cueGeneralPublic},
	{"|innbyggere", cueGeneralPublic}, {"|innbyggerne", cueGeneralPublic}, {"|innbyggjarar", cueGeneralPublic},
	{"|innbyggarar", cueGeneralPublic}, {"|innbyggjarane", cueGeneralPublic}, {"befolkningen", cueGeneralPublic},
	{"|publikum", cueGeneralPublic}, {"menigmann", cueGeneralPublic}, {"alle kan delta", cueGeneralPublic},
	{"alle bydelens", cueGeneralPublic},
	{"som bor i", cueGeneralPublic}, {"som bur i", cueGeneralPublic}, {"dei som vil", cueGeneralPublic},
	{"de som ønsker", cueGeneralPublic}, {"alle aldrar", cueGeneralPublic}, {"alle aldre", cueGeneralPublic},

	// Health promotion.
	{"frisklivs", cueHealthPromo}, {"levevaner", cueHealthPromo}, {"levevanar", cueHealthPromo},
	{"friskliv", cueHealthPromo},

	// Partners rather than organisers.
	{"i samarbeid med", cuePartner}, {"sammen med", cuePartner}, {"saman med", cuePartner}, {"i lag med", cuePartner}, {"samarbeider med", cuePartner}, {"samarbeid med", cuePartner}, {"støttet av", cuePartner},
	{"støtta av", cuePartner}, {"utviklet av", cuePartner}, {"utvikla av", cuePartner}, {"modell fra", cuePartner},
	{"midler fra", cuePartner}, {"med hjelp fra", cuePartner}, {"representantar frå", cuePartner},
	{"representanter fra", cuePartner}, {"henvisning fra", cuePartner}, {"henvises fra", cuePartner},
	{"tilvising frå", cuePartner}, {"bistand fra", cuePartner}, {"med seg har", cuePartner},
	{"er med i", cueAssist}, {"er med på", cueAssist}, {"bidrar", cueAssist}, {"bidreg", cueAssist},
	{"deltar", cueAssist}, {"hjelper til", cueAssist}, {"hjelp til", cueAssist}, {"støttar", cueAssist},
	{"støtter", cueAssist}, {"har bidratt", cueAssist},
	{"bistand frå", cuePartner}, {"støtte fra", cuePartner}, {"støtte frå", cuePartner},

	// The organiser is named before.
	{"ansvarlig for", cueLead}, {"ansvarleg for", cueLead}, {"har ansvaret", cueLead}, {"har ansvar for", cueLead},
	{"står bak", cueLead}, {"|driv|", cueLead}, {"|driver|", cueLead}, {"arrangerer", cueLead},
	{"|tilbyr", cueLead}, {"inviterer", cueLead}, {"held kurs", cueLead}, {"holder kurs", cueLead},
	{"har kurs", cueLead}, {"startar", cueLead}, {"starter", cueLead},
	// The organiser named after: "i regi av", the passive of organising
	// with its agent, "Arrangør er/:".
	{"i regi av", cueRunBy}, {"i regi frå", cueRunBy}, {"arrangeres av", cueRunBy}, {"arrangerast av", cueRunBy},
	{"arrangert av", cueRunBy}, {"arrangerte av", cueRunBy}, {"drives av", cueRunBy}, {"drivast av", cueRunBy},
	{"driven av", cueRunBy}, {"drive av", cueRunBy}, {"drevet av", cueRunBy}, {"holdes av", cueRunBy},
	{"haldast av", cueRunBy}, {"arrangør er", cueRunBy},
	{"arrangør:", cueRunBy}, {"arrangørar er", cueRunBy}, {"arrangører er", cueRunBy}, {"tilbys av", cueRunBy},
	{"tilbydast av", cueRunBy}, {"et tilbud fra", cueRunBy}, {"eit tilbod frå", cueRunBy}, {"gjennomføres av", cueRunBy}, {"gjennomførast av", cueRunBy},

	// Co-equal partners.
	{"samarbeid mellom", cueCooperation}, {"i samarbeid mellom", cueCooperation}, {"samarbeidsprosjekt", cueCooperation},
	{"går sammen", cueCooperation}, {"går saman", cueCooperation}, {"gått sammen", cueCooperation},
	{"gått saman", cueCooperation}, {"et samarbeid", cueCooperation}, {"eit samarbeid", cueCooperation},
	{"i fellesskap", cueCooperation}, {"samarbeidet", cueCooperation}, {"i felleskap", cueCooperation},

	// Meeting places, and the phrases that introduce one.
	{"oppmøte", cuePlace}, {"møt opp", cuePlace}, {"sted:", cueVenueIntro}, {"stad:", cueVenueIntro}, {"hvor:", cueVenueIntro},
	{"møtested:", cueVenueIntro}, {"møtestad:", cueVenueIntro}, {"lokalene", cuePlace}, {"lokaler", cuePlace},
	{"lokala", cuePlace}, {"kurslokal", cuePlace}, {"auditori", cuePlace}, {"møterom", cuePlace},
	{"gymsal", cuePlace}, {"skolekjøkken", cuePlace}, {"skulekjøkken", cuePlace}, {"bibliotek", cuePlace},
	{"helsehus", cuePlace}, {"kulturhus", cuePlace}, {"rådhus", cuePlace}, {"hotell", cuePlace}, {"hotel|", cuePlace},
	{"etasje", cuePlace}, {"|etg", cuePlace}, {"inngang", cuePlace}, {"hjemme hos deg", cuePlace}, {"stikke innom", cuePlace}, {"stikk innom", cuePlace},
	{"drop-in", cuePlace}, {"drop in", cuePlace},
	{"heime hos deg", cuePlace}, {"stillerom", cuePlace}, {"kafé i", cuePlace}, {"holdes på", cueVenueIntro}, {"holdes i", cueVenueIntro}, {"holdes ved", cueVenueIntro}, {"blir halde på", cueVenueIntro},
	{"vert halde på", cueVenueIntro}, {"varmtvassbasseng", cuePlace}, {"varmtvannsbasseng", cuePlace},
	{"med overnatting", cuePlace}, {"bur på hotell", cuePlace}, {"bor på hotell", cuePlace}, {"i lokalene", cuePlace},
	{"foregår ved", cueVenueIntro}, {"foregår på", cueVenueIntro}, {"foregår i", cueVenueIntro}, {"gjennomføres på", cueVenueIntro},
	{"gjennomføres ved", cueVenueIntro}, {"gjennomføres i", cueVenueIntro}, {"arrangert ved", cueVenueIntro},
	{"arrangert på", cueVenueIntro}, {"finner sted", cueVenueIntro}, {"finn stad", cueVenueIntro}, {"møtes i", cueVenueIntro},
	{"møtes på", cueVenueIntro}, {"møtest på", cueVenueIntro}, {"møtest i", cueVenueIntro}, {"samles på", cueVenueIntro},
	{"samles i", cueVenueIntro}, {"samlast på", cueVenueIntro}, {"holder til", cueVenueIntro}, {"held til", cueVenueIntro},
	{"kirke", cuePlace}, {"kyrkje", cuePlace}, {"kirken", cuePlace}, {"menighetshus", cuePlace},
	{"omsorgssenter", cuePlace}, {"helsesenter", cuePlace}, {"helsetun", cuePlace}, {"dagsenter", cuePlace},
	{"samfunnshus", cuePlace}, {"grendehus", cuePlace}, {"innbyggartorget", cuePlace}, {"innbyggertorget", cuePlace},
	{"kantina", cuePlace}, {"kantinen", cuePlace}, {"storsalen", cuePlace}, {"konsertsal", cuePlace},
	{"idrettshall", cuePlace}, {"svømmehall", cuePlace}, {"gapahuk", cuePlace}, {"konferansesenter", cuePlace},
	{"legekontor", cuePlace}, {"på apoteket", cuePlace},
	{"helsestasjon", cuePlace}, {"rehabiliteringssenter", cuePlace}, {"kurssted", cuePlace},
	{"behandlingssted", cuePlace}, {"på stedet", cuePlace}, {"dag og sted", cueVenueIntro}, {"kirkestue", cuePlace},
	{"sakristi", cuePlace},
	// Rooms and buildings where groups meet, Bokmål and Nynorsk, any
	// inflection (the stem without a trailing '|').
	{"kursrom", cuePlace}, {"undervisningsrom", cuePlace}, {"konferanserom", cuePlace},
	{"treningssal", cuePlace}, {"treningsrom", cuePlace}, {"|aula|", cuePlace}, {"aulaen", cuePlace},
	{"|lokalet", cuePlace}, {"møtelokal", cuePlace}, {"kantine|", cuePlace},
	{"|basseng", cuePlace}, {"symjehall", cuePlace}, {"bedehus", cuePlace}, {"forsamlingshus", cuePlace},
	{"grendahus", cuePlace}, {"bydelshus", cuePlace}, {"ungdomshus", cuePlace}, {"seniorsenter", cuePlace},
	{"eldresenter", cuePlace}, {"aktivitetssenter", cuePlace}, {"servicesenter", cuePlace},
	{"legesenter", cuePlace}, {"peisestue", cuePlace},
	// A hall by its head, so a named one counts too ("i Tysneshallen",
	// "buldrehallen i Ålesund").
	{"hallen|", cuePlace},
	{"sted kommer", cueVenueIntro}, {"stad kjem", cueVenueIntro}, {"arrangeres på", cueVenueIntro},
	{"arrangeres i", cueVenueIntro}, {"arrangerast på", cueVenueIntro}, {"arrangerast i", cueVenueIntro},
	{"avholdes på", cueVenueIntro}, {"avholdes i", cueVenueIntro}, {"blir holdt på", cueVenueIntro},
	{"blir holdt i", cueVenueIntro}, {"vert halde i", cueVenueIntro}, {"blir halde i", cueVenueIntro},
	{"gjennomførast på", cueVenueIntro}, {"gjennomførast i", cueVenueIntro}, {"går føre seg på", cueVenueIntro},
	{"går føre seg i", cueVenueIntro}, {"føregår på", cueVenueIntro}, {"føregår i", cueVenueIntro},

	// The end of a street name, as in "Storgata 33".
	{"gata|", cueStreet}, {"gate|", cueStreet}, {"gaten|", cueStreet}, {"veien|", cueStreet},
	{"vegen|", cueStreet}, {"allé|", cueStreet}, {"vei|", cueStreet}, {"veg|", cueStreet}, {"gt.|", cueStreet},
	{"plass|", cueStreet}, {"torg|", cueStreet}, {"torget|", cueStreet}, {"brygge|", cueStreet},
	{"bakken|", cueStreet}, {"stredet|", cueStreet},
	// Physical meetings.
	{"|samlinger", cueMeeting}, {"|samlingar", cueMeeting}, {"|samling|", cueMeeting}, {"|samlast", cueMeeting},
	{"|samles", cueMeeting}, {"vi møtes", cueMeeting}, {"|møtes", cueMeeting}, {"|møtest", cueMeeting},
	{"|møtast", cueMeeting}, {"møter opp", cueMeeting}, {"møtte", cueMeeting}, {"|treff|", cueMeeting},
	{"|treffet", cueMeeting}, {"|treffes", cueMeeting}, {"|treffast", cueMeeting}, {"gruppemøte", cueMeeting},
	{"gruppesamling", cueMeeting}, {"kafé", cueMeeting}, {"kafe|", cueMeeting}, {"kafeen", cueMeeting},
	{"kafèar", cueMeeting}, {"kafear", cueMeeting}, {"kafèen", cueMeeting}, {"kafè|", cueMeeting},
	{"helgesamling", cueMeeting}, {"kurshelg", cueMeeting}, {"familieuker", cueMeeting},
	{"kommer saman", cueMeeting}, {"kommer sammen", cueMeeting}, {"møtestad", cueMeeting}, {"fysisk oppmøte", cueMeeting}, {"fysiske samlinger", cueMeeting},
	{"sosialt samvær", cueMeeting}, {"gruppegang", cueMeeting}, {"|møtene", cueMeeting}, {"|møta|", cueMeeting}, {"temamøte", cueMeeting},
	{"møteplass", cueMeeting}, {"treffsted", cueMeeting}, {"treffstad", cueMeeting}, {"treffpunkt", cueMeeting},
	{"dagsamling", cueMeeting}, {"kveldssamling", cueMeeting}, {"samlingsdag", cueMeeting}, {"fysiske møter", cueMeeting},
	{"fysiske møte|", cueMeeting}, {"fysisk samling", cueMeeting}, {"ansikt til ansikt", cueMeeting}, {"vi treffes", cueMeeting},
	{"vi treffast", cueMeeting}, {"vi møtest", cueMeeting},
	{"informasjonsmøte", cueMeeting}, {"åpent møte", cueMeeting}, {"ope møte", cueMeeting}, {"temakveld", cueMeeting}, {"temakvelder", cueMeeting}, {"foredrag ved", cueMeeting},

	// Physical activity done at the sessions.
	{"|trening i", cueActivity}, {"treninga", cueActivity}, {"treningen", cueActivity}, {"treningane", cueActivity},
	{"treningene", cueActivity}, {"|trener|", cueActivity}, {"|trenar|", cueActivity}, {"|trene|", cueActivity},
	{"treningsgruppe", cueActivity}, {"trimgruppe", cueActivity}, {"|trim|", cueActivity},
	{"bassengtrening", cueActivity}, {"trening i vann", cueActivity}, {"trene i vann", cueActivity},
	{"|turer|", cueActivity}, {"|turane", cueActivity}, {"|turene", cueActivity}, {"gåtur", cueActivity},
	{"turgruppe", cueActivity}, {"hjemmebesøk", cueVisit}, {"heimebesøk", cueVisit},
	{"går på besøk", cueVisit}, {"går vi på besøk", cueVisit}, {"|styrketrening", cueActivity},
	{"utholdenhetstrening", cueActivity}, {"timers trening", cueActivity},
	{"times trening", cueActivity}, {"gruppetrening", cueActivity}, {"hjartetrim", cueActivity}, {"treningstilbud", cueActivity}, {"treningstilbod", cueActivity},
	{"treninger", cueActivity}, {"treningar", cueActivity},
	{"hjertetrim", cueActivity}, {"|turar|", cueActivity}, {"|turgåing", cueActivity}, {"stavgang", cueActivity},
	{"|går tur", cueActivity}, {"|matlaging", cueActivity}, {"aktivitetsformer", cueActivity},
	{"aktivitetsformar", cueActivity}, {"bassenggruppe", cueActivity}, {"treningsøkt", cueActivity},
	// Training in water and keep-fit groups, by the compound's head
	// ("varmtvannstrening", "Seniortrimmen", "trimtilbod").
	{"vannstrening", cueActivity}, {"vasstrening", cueActivity}, {"trimmen|", cueActivity},
	{"trimtilbud", cueActivity}, {"trimtilbod", cueActivity},

	// Digital ways of taking part.
	{"digital", cueDigital}, {"nettkurs", cueDigital}, {"på nett|", cueDigital}, {"|teams|", cueDigital},
	{"|zoom|", cueDigital}, {"video", cueDigital}, {"webinar", cueDigital}, {"e-læring", cueDigital},
	{"nettmøte", cueDigital}, {"lenke sendes", cueDigital}, {"i chatten", cueDigital}, {"via chat", cueDigital},
	{"strømmes", cueDigital}, {"strøymast", cueDigital}, {"strømmet", cueDigital}, {"online", cueDigital}, {"i opptak", cueDigital},
	{"facebookgrupp", cueDigital}, {"virtuelt", cueDigital}, {"virtuell", cueDigital}, {"|e-kurs", cueDigital},
	{"denne nettsiden", cueDigital}, {"denne nettsida", cueDigital}, {"nettundervisning", cueDigital},
	{"på nettet", cueDigital}, {"i appen", cueDigital}, {"digitalt", cueDigital},
	{"nettbasert", cueDigital}, {"via nett|", cueDigital}, {"over nett|", cueDigital}, {"direktesend", cueDigital},
	{"livestream", cueDigital}, {"strømming", cueDigital}, {"strøyming", cueDigital}, {"|whereby|", cueDigital},
	{"|skype|", cueDigital}, {"google meet", cueDigital}, {"videolenke", cueDigital}, {"videolink", cueDigital},

	// In person with a digital option, or both.
	{"også følges digitalt", cueAlsoDigital}, {"òg følgjast digitalt", cueAlsoDigital},
	{"følgje det digitalt", cueAlsoDigital}, {"følge det digitalt", cueAlsoDigital},
	{"kan delta via video", cueAlsoDigital}, {"eller på video", cueAlsoDigital}, {"òg gjennomførast på video", cueAlsoDigital},
	{"også gjennomføres på video", cueAlsoDigital}, {"fysisk eller digitalt", cueAlsoDigital},
	{"digitalt eller fysisk", cueAlsoDigital}, {"strømmes også", cueAlsoDigital}, {"hybrid", cueAlsoDigital},
	{"kan også delta digitalt", cueAlsoDigital}, {"fysisk oppmøte og en digital", cueAlsoDigital},
	{"fysisk og digitalt", cueAlsoDigital}, {"digitalt og fysisk", cueAlsoDigital},
	{"fysisk og på nett", cueAlsoDigital}, {"fysisk eller på nett", cueAlsoDigital}, {"på nett eller fysisk", cueAlsoDigital},
	{"kan også følges på nett", cueAlsoDigital}, {"kan òg følgjast på nett", cueAlsoDigital},
	{"fysisk eller via", cueAlsoDigital}, {"oppmøte eller digitalt", cueAlsoDigital},

	// Streamed to a second site.
	{"se den direkte", cueSecondSite}, {"se det direkte", cueSecondSite}, {"strømmes til", cueSecondSite},
	{"strøymast til", cueSecondSite}, {"overføres til", cueSecondSite}, {"vises på storskjerm", cueSecondSite},

	// Channels a reader may choose.
	{"|telefon", cueChannel}, {"|tlf", cueChannel}, {"|chat", cueChannel}, {"|e-post", cueChannel},
	{"|epost", cueChannel}, {"|sms|", cueChannel}, {"besøkstjeneste", cueChannel},

	// Self-paced.
	{"på egen hånd", cueSelfPaced}, {"på eiga hand", cueSelfPaced}, {"i eget tempo", cueSelfPaced},
	{"i eige tempo", cueSelfPaced}, {"når det passer deg", cueSelfPaced}, {"når det passar deg", cueSelfPaced},
	{"når som helst", cueSelfPaced}, {"e-læring", cueSelfPaced}, {"selvstudium", cueSelfPaced},
	{"her finner du nettsiden", cueSelfPaced}, {"treningsvideoer", cueSelfPaced}, {"trene hjemme", cueSelfPaced},
	// A tool one uses alone (selfPacedTools), digital by what it is.
	{"|appen|", cueSelfPaced}, {"|en app|", cueSelfPaced}, {"|ein app|", cueSelfPaced},
	{"digitalt mestringsverktøy", cueSelfPaced}, {"digitalt meistringsverktøy", cueSelfPaced},
	{"digitalt selvhjelpsverktøy", cueSelfPaced}, {"digitalt sjølvhjelpsverktøy", cueSelfPaced},
	{"digitalt verktøy", cueSelfPaced}, {"denne modulen", cueSelfPaced},

	// Individual or group.
	{"|likeperson", cueOneToOne}, {"|likemann", cueOneToOne}, {"|likemenn", cueOneToOne},
	{"støttetelefon", cueOneToOne}, {"hjelpetelefon", cueOneToOne}, {"samtaletelefon", cueOneToOne},
	{"|noen å snakke med", cueOneToOne}, {"|nokon å snakke med", cueOneToOne},
	{"|mentor", cueOneToOne}, {"fadderordning", cueOneToOne}, {"besøksvenn", cueOneToOne}, {"samtalepartner", cueOneToOne},
	{"personlig oppfølging", cueOneToOne}, {"personleg oppfølging", cueOneToOne}, {"individuell time", cueOneToOne},
	{"time hos", cueOneToOne}, {"|konsultasjon", cueOneToOne}, {"|én til én", cueOneToOne}, {"|en til en|", cueOneToOne},
	{"|ein til ein|", cueOneToOne}, {"|noen å prate med", cueOneToOne}, {"|nokon å prate med", cueOneToOne},
	{"|seminar", cueEvent}, {"konferansen", cueEvent}, {"|arrangement|", cueEvent}, {"|arrangementet", cueEvent}, {"|foredrag", cueEvent},
	{"|føredrag", cueEvent}, {"workshop", cueEvent}, {"temadag", cueEvent}, {"familieundervisning", cueEvent},
	{"gruppeundervisning", cueEvent}, {"fellesundervisning", cueEvent}, {"|forelesning", cueEvent},
	{"informasjonskveld", cueEvent}, {"pårørendekveld", cueEvent}, {"pårørandekveld", cueEvent},
	{"|fagkveld", cueEvent},
	{"høstmøte", cueEvent}, {"haustmøte", cueEvent}, {"vårmøte", cueEvent}, {"|møtet som", cueMeetingHeld}, {"|møtet er", cueMeetingHeld},
	{"luftetur", cueEvent}, {"nettverk for", cueEvent}, {"nettverket for", cueEvent},
	{"individuelt eller i gruppe", cueBothFormats}, {"individuelt og i gruppe", cueBothFormats},
	{"individuelt og gruppebasert", cueBothFormats}, {"individuelt eller gruppebasert", cueBothFormats},
	{"enkeltvis eller i gruppe", cueBothFormats}, {"individuelt eller i grupper", cueBothFormats},
	{"individuelt og i grupper", cueBothFormats}, {"gruppe eller individuelt", cueBothFormats},
	// A group with an individual intake talk has both parts.
	{"inntakssamtale", cueBothFormats}, {"innkomstsamtale", cueBothFormats}, {"forsamtale", cueBothFormats},
	{"kartleggingssamtale", cueBothFormats}, {"avklaringssamtale", cueBothFormats}, {"oppstartssamtale", cueBothFormats},
	{"samtale før oppstart", cueBothFormats}, {"samtale før kursstart", cueBothFormats}, {"samtale før gruppestart", cueBothFormats},
	{"individuell samtale før", cueBothFormats}, {"individuelle samtaler før", cueBothFormats}, {"inntaksamtale", cueBothFormats},

	// An overview of many offerings.
	{"ulike kurs", cueCatalogue}, {"ulike tilbud", cueCatalogue}, {"ulike tilbod", cueCatalogue},
	{"flere kurs", cueCatalogue}, {"fleire kurs", cueCatalogue}, {"mange kurs", cueCatalogue},
	{"følgende kurs", cueCatalogue}, {"følgjande kurs", cueCatalogue}, {"kurstilbud", cueCatalogue},
	{"oversikt over", cueCatalogue}, {"kurskalender", cueCatalogue}, {"for mange ulike", cueCatalogue},
	{"flere tilbud", cueCatalogue}, {"fleire tilbod", cueCatalogue}, {"kursa våre", cueCatalogue},
	{"kursene våre", cueCatalogue}, {"våre kurs", cueCatalogue}, {"mange forskjellige", cueCatalogue},
	{"kursvirksomhet", cueCatalogue}, {"hovudoppgåvene", cueCatalogue}, {"hovedoppgavene", cueCatalogue},

	// Across diagnoses.
	{"uansett diagnose", cueAcross}, {"uavhengig av diagnose", cueAcross}, {"same kva diagnose", cueAcross},
	{"på tvers av diagnose", cueAcross}, {"alle diagnoser", cueAcross}, {"ulike diagnoser", cueAcross},
	{"ulike diagnosar", cueAcross}, {"kroniske sykdommer", cueAcross}, {"kroniske sjukdomar", cueAcross},
	{"alle diagnosar", cueAcross}, {"diagnoseuavhengig", cueAcross},

	// Living with illness in general.
	{"leve med langvarig", cueLiving}, {"leve med kronisk", cueLiving}, {"lever med en langvarig", cueLiving},
	{"lever med ein langvarig", cueLiving}, {"lever med en kronisk", cueLiving}, {"lever med langvarig", cueLiving},
	{"leve med sykdom", cueLiving}, {"leve med sjukdom", cueLiving}, {"lever med sykdom", cueLiving},
	{"nedsatt funksjonsevne", cueLiving}, {"hverdagsmestring", cueLiving}, {"kvardagsmeistring", cueLiving},
	{"hverdagsrehabilitering", cueLiving},

	// A target broader than one diagnosis.
	{"langvarig sykdom", cueBroadTarget}, {"langvarige sykdommer", cueBroadTarget}, {"langvarig sjukdom", cueBroadTarget},
	{"langvarige helseplager", cueBroadTarget}, {"helseutfordring", cueBroadTarget}, {"kronisk sykdom", cueBroadTarget},
	{"kronisk sjukdom", cueBroadTarget}, {"kroniske sykdommer", cueBroadTarget}, {"alvorlig sykdom", cueBroadTarget},
	{"alvorleg sjukdom", cueBroadTarget}, {"alvorlig skade", cueBroadTarget}, {"funksjonsnedsettelse", cueBroadTarget},
	{"funksjonsnedsetjing", cueBroadTarget}, {"livsproblem", cueBroadTarget},
	{"helseplager", cueBroadTarget}, {"sjukdomsutfordringar", cueBroadTarget},
	// Symptoms and impairments with no condition code of their own (round 12).
	{"hodepine", cueBroadTarget}, {"hovudpine", cueBroadTarget}, {"nedsatt funksjon", cueBroadTarget},
	{"nedsett funksjon", cueBroadTarget},

	// Negated or excluded mentions.
	{"utelukket", cueNegation}, {"utelukka", cueNegation}, {"ekskludert", cueNegation}, {"|unntatt", cueNegation},
	{"ikke for", cueNegation}, {"ikkje for", cueNegation}, {"ikke egnet", cueNegation}, {"ikkje eigna", cueNegation},
	{"passer ikke", cueNegation}, {"passar ikkje", cueNegation}, {"får ikke", cueNegation}, {"får ikkje", cueNegation},
	{"ikke bare", cueNegation}, {"ikkje berre", cueNegation}, {"ikke berre", cueNegation}, {"ingen prat om", cueNegation},
	{"tyder ikkje", cueNegation}, {"betyr ikke", cueNegation}, {"ikke snakker om", cueNegation},
	{"ikke om sykdom", cueNegation}, {"ikkje om sjukdom", cueNegation}, {"ikke pasient", cueNegation},
	{"ikkje pasient", cueNegation}, {"ikke lenger", cueNegation}, {"ikkje lenger", cueNegation},
	{"og ikke på", cueNegation}, {"og ikkje på", cueNegation},

	// Examples of a broader target.
	{"for eksempel", cueExample}, {"f.eks", cueExample}, {"til dømes", cueExample}, {"|t.d.", cueExample},
	{"blant annet", cueExample}, {"bl.a", cueExample}, {"slik som", cueExample}, {"eksempelvis", cueExample},
	{"mellom anna", cueExample},

	// A unit's or an organisation's name follows.
	{"enhet for", cueUnitName}, {"eining for", cueUnitName}, {"seksjon for", cueUnitName},
	{"avdeling for", cueUnitName}, {"avd. for", cueUnitName}, {"senter for", cueUnitName},
	{"senteret for", cueUnitName}, {"klinikk for", cueUnitName}, {"klinikken for", cueUnitName},
	{"tjeneste for", cueUnitName}, {"tjenesten for", cueUnitName}, {"teneste for", cueUnitName},
	{"tenesta for", cueUnitName}, {"team for", cueUnitName}, {"kontor for", cueUnitName},
	{"forening for", cueUnitName}, {"foreningen for", cueUnitName}, {"forbund for", cueUnitName},
	{"forbundet for", cueUnitName}, {"kompetansesenter for", cueUnitName}, {"behandlingstjeneste for", cueUnitName},
	{"landsforeningen for", cueUnitName}, {"landsforeninga for", cueUnitName}, {"kompetansetjeneste for", cueUnitName},
	// Named for comparison.
	{"liknande", cueComparison}, {"lignende", cueComparison}, {"likner på", cueComparison},
	{"ligner på", cueComparison}, {"i likhet med", cueComparison}, {"i motsetning til", cueComparison},
	{"sammenlignes med", cueComparison}, {"samanlikna med", cueComparison}, {"i stedet for", cueComparison},
	{"i staden for", cueComparison}, {"som ved andre", cueComparison}, {"som ved ein vanleg", cueComparison},
	{"som ved en vanlig", cueComparison}, {"som ved et vanlig", cueComparison}, {"som ved eit vanleg", cueComparison},
	{"som ved ei vanleg", cueComparison}, {"som ved vanlige", cueComparison}, {"som ved vanlege", cueComparison},
}

func defaultCues() *cueScanner {
	s, err := newCueScanner(cueTable)
	if err != nil {
		panic(err) // the table is checked by the package's tests
	}
	return s
}

// The reader asked to become a helper ("vil du bli likeperson?", "for dei
// som kunne tenke seg å vere aktivitetsvenn") is recruited or trained for
// a role, not offered help: a verb of becoming or being, with or without
// an article, before a helper's role.
var (
	helperVerbs = []string{"bli", "blir", "være", "vere", "verte", "vert"}
	helperDets  = []string{"", "en ", "ein ", "ei "}
	// Not "frivillig", an adjective as often ("skal være frivillig og
	// ulønnet"; "bli frivillig" is in the table), nor a role a helper plays
	// for the reader ("likepersonen kan være en samtalepartner").
	helperRoles = []string{"likeperson", "likemann", "likemenn", "besøksvenn", "aktivitetsvenn",
		"støttekontakt", "kursleder", "kursleiar", "instruktør", "turvert", "fadder", "igangsetter",
		"igangsetjar", "brukerrepresentant", "brukarrepresentant", "erfaringskonsulent", "treningsvenn", "turvenn"}
)

// Training to run the offerings ("opplæring i selv å drive treningsgrupper"):
// a verb of leading before groups or courses.
var (
	runVerbs   = []string{"å drive", "å lede", "å leie", "å leia", "å leda", "selv å drive", "sjølv å drive"}
	runObjects = []string{"grupper", "gruppene", "gruppa", "gruppen", "kurs", "kursa", "kursene", "treningsgrupper",
		"samtalegrupper", "selvhjelpsgrupper", "sjølvhjelpsgrupper", "likepersonsgrupper"}
)

// Becoming a helper by the head of the role's word ("vil bli
// treningskontakt", "å vere ein besøksvenn"): a verb of becoming, with or
// without an article, before a word whose head is a role a helper plays
// (helperHeads); checked in scopeFeatures (helperAfter). The words of
// helperRoles after a verb are cues of their own. The verb is an
// infinitive after "å", a modal or the reader ("vil bli", "du bli"), not
// a bare "bli": the glossary reports a phrase wherever its letters stand
// ("blir", "problem"), and the frames cost less to check (docs/quality.md).
var (
	becomeVerbs = []string{"å bli", "vil bli", "kan bli", "du bli", "å være", "å vere", "å verte", "å vera", "vil verte",
		"kan verte"}
	helperHeads = []string{"kontakt", "venn", "ven", "vert", "leder", "leiar", "veileder", "rettleiar", "instruktør",
		"trener", "likeperson", "likemann", "fadder", "igangsetter", "igangsetjar", "mentor", "ambassadør"}
	// helperCommonHeads are common nouns of many senses: a helper's role
	// only as the head of a compound ("treningskontakt", "kafévert"), not
	// alone ("å være venn med deg selv", "å bli leder i eget liv").
	helperCommonHeads = []string{"kontakt", "venn", "ven", "vert", "leder", "leiar", "veileder", "rettleiar", "trener", "ambassadør"}
)

func init() {
	seen := make(map[string]bool, len(cueTable))
	// The articles of the words for a disease ("en sykdom", "ein
	// sjukdom", "ei liding"); not "er et", which stands before many words.
	for _, v := range []string{"er en", "er ei", "er ein"} {
		cueTable = append(cueTable, cue{"|" + v + "|", cueIsA})
	}
	for _, v := range becomeVerbs {
		cueTable = append(cueTable, cue{"|" + v + "|", cueBecome})
	}
	for _, v := range runVerbs {
		for _, o := range runObjects {
			cueTable = append(cueTable, cue{v + " " + o + "|", cueTrainers})
		}
	}
	for _, c := range cueTable {
		seen[c.phrase] = true
	}
	for _, v := range helperVerbs {
		for _, d := range helperDets {
			for _, r := range helperRoles {
				if p := "|" + v + " " + d + r; !seen[p] && !seen[p[1:]] {
					cueTable = append(cueTable, cue{p, cueTrainers})
				}
			}
		}
	}
}
