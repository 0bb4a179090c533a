package classify

import (
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// extraTerms are words the rules need that the embedded glossary does not
// (yet) have; New adds them to the glossary it reads through, so
// their matches carry spans and senses like any other term. Inflected forms
// are written out.
var extraTerms = []struct {
	senses string // space-separated "facet:code"
	forms  string // comma-separated forms; the first is the term
	cs     bool   // case-sensitive (abbreviations)
}{
	// Methods, as verbs and nouns.
	{"method:teaching", "underviser,undervise,undervises,underviste,underviser om,undervisninga,forelesning,forelesninger,innlegg,foredraget,foredragene,føredrag,føredraget,lærer om,lærer du,lære om,kunnskap om,opplæring i,undervisar", false},
	{"method:information", "informasjon,informerer,informerer om,informasjonsmøte,informasjonsmøtet,informasjonsmøter,orienterer om,gir informasjon,får informasjon,får du informasjon", false},
	{"method:counselling", "råd om,gir råd,gi råd,praktiske råd,råd og veiledning,råd og rettleiing,rådgiving", false},
	{"method:guidance", "veileder,veiledes,rettleiar,veiledningssamtale,veiledningssamtaler,oppfølging og veiledning,motiverende samtale,motiverande samtale", false},
	{"method:experience_sharing", "deler erfaringer,dele erfaringar,deler erfaringar,utveksle erfaringar,utveksling av erfaringer,erfaringsutveksling i grupper,samtale og erfaringsutveksling,møte andre i samme situasjon,møter andre i samme situasjon,andre i samme situasjon,andre i same situasjon,treffe andre,møte andre som,gruppesamtaler,gruppesamtalar,dele tankar og erfaringar", false},
	{"method:peer_support", "erfaringskonsulent,erfaringskonsulenten,likepersoner fra,likeperson frå,brukerrepresentant,brukarrepresentant,egenerfaring,eigenerfaring,egen erfaring,eige erfaring", false},
	{"method:physical_activity", "gruppetrening,treningsgruppe,treningsgrupper,treningsgruppa,bassengtrening,øvelser,øvingar,trener,trenar,trene,treninga,treningen,turgruppe,turgruppa,styrke og balanse,balansetrening,opptrening", false},
	// Offerings.
	{"concept:group_offering", "treff,treffet,kafé,kafe,kafeen,kaféen,temamøte,temamøtet,temadag,temadagen,temakveld,nettmøte,nettmøter,samlingar,samlinger,helgekurs,kurskveld,kursdag,kursdagen,samtalegrupper,gruppetilbod,foreldregruppe,ungdomsgruppe,afasigruppe,pårørendegruppe,kafè,kafèen,temakafè,temakafé,temakafe,temakafeen,temakveldar,temakvelder,webinar,webinaret,webinarer,webinarar,webinarene,foredrag,foredraget,foredraga,foredragene,føredrag,informasjonsmøte,informasjonsmøter,informasjonskveld,informasjonskveldar,treningsgruppe,treningsgrupper,treningsgruppa,trimgruppe,turgruppe,erfaringskafé,erfaringskafe,møteplass,møteplassen", false},
	{"concept:individual_offering", "individuelle samtaler,individuelle samtalar,en samtale,ein samtale,samtale med,samtalar med,samtaler med,én-til-én,individuell oppfølging,individuell opplæring,individuell rettleiing,personlig møte,hjemme hos deg,enkeltsamtaler,enkeltsamtale,individuelle konsultasjoner,samtaler til,samtalar til,en å snakke med,ein å snakke med,oppfølgingssamtaler,individuell veiledning,timeavtale,bestille time", false},
	{"concept:group_offering", "startkurs,startkurset,startkursa,startkursene", false},
	{"concept:offering", "program,programmet,mestringsprogram,opphold,oppholdet,rehabiliteringsopphold,livsstilsopphold,livsstilsopphald,opphald,frisklivsresept", false},
	// Arenas.
	{"arena:private", "AS", true},
	{"arena:private", "privat,private,privat institusjon,privat, ideelt,psykologsenter,psykologsenteret,fysioterapeutene,klinikken AS", false},
	{"arena:specialist", "BUP,HF", true},
	{"arena:specialist", "habiliteringstjenesten,habiliteringstenesta,habiliteringstjenester,sykehuset,sjukehuset,universitetssykehus,universitetssjukehus,kompetansetjeneste,kompetansesenter,nevrologisk avdeling,barneavdelingen,barneavdelinga,klinikk for,psykiatrisk klinikk,rehabiliteringsavdeling,rehabiliteringsavdelingen,poliklinikken,smerteklinikk,smerteklinikken", false},
	// A health trust or hospital by its name.
	{"arena:specialist", "Helse Bergen,Helse Fonna,Helse Førde,Helse Stavanger,Helse Møre og Romsdal,Helse Nord-Trøndelag,Vestre Viken,St. Olavs hospital,St. Olav,Haukeland,Rikshospitalet,Radiumhospitalet,Ullevål,Diakonhjemmet,Lovisenberg,Modum Bad", true},
	{"arena:specialist", "UNN,OUS,SUS,Ahus,SiV,NKLMH,NK LMH", true},
	{"arena:specialist", "helseføretak,helseføretaket,spesialisthelsetenesta,distriktspsykiatrisk senter,distriktspsykiatriske senter,nasjonal kompetansetjeneste,nasjonal behandlingstjeneste,lærings- og meistringssenter,lærings- og meistringssenteret", false},
	// A kommune or bydel, not a job or a team with no employer named.
	{"arena:municipal", "bydel,bydelen,herad,heradet,kommunar,kommunane,kommunene,kommunalt,kommunale,kommunal", false},
	{"arena:voluntary", "foreningen,foreininga,foreinga,forbundet,helselag,helselaget,idrettslag,idrettslaget,idrettskrets,idrettskretsen,sanitetslag,sanitetslaget,landsforbund,landsforeningen,landsforeninga,frivillig organisasjon,frivillige organisasjoner,pasientforening,pasientorganisasjon,brukerorganisasjon,demensforeningen,demensforeininga,lokallaget,lokallag,fylkeslaget,Kirkens Bymisjon,Voksne for Barn,Selvhjelp Norge,menigheten,kyrkjelyden", false},
	{"arena:voluntary", "LPP,Norilco,NORILCO,Kirken,Kyrkja,Røde Kors,Ung Kreft,LEVE,Angstringen,Mental Helse,Ung Pårørende", true},
	// The genitive of an organisation's abbreviation ("i NORILCOs
	// målgruppe", "LHLs lokaler"), parishes, and local associations of
	// patients, pensioners and villages, Bokmål and Nynorsk.
	{"arena:voluntary", "LPPs,NORILCOs,Norilcos,LHLs", true},
	{"arena:voluntary", "menighet,menigheit,menigheita,revmatikerlag,revmatikerlaget,revmatikarlag,revmatikarlaget,pensjonistlag,pensjonistlaget,pensjonistforening,pensjonistforeninga,grendelag,grendelaget,grendalag,grendalaget,bygdelag,bygdelaget", false},
	// People.
	// A grief group's participants are the bereaved: next of kin.
	{"concept:group_offering role:next_of_kin", "sorggruppe,sorggrupper,sorggruppa,sorggruppen,sorggruppene", false},
	{"role:next_of_kin", "partner,partnere,partneren,ektefelle,ektefeller,søsken,nærmeste,næraste,dine nærmeste,dei som står deg nær,de som står deg nær,familien,familiane,familier,familiar,mor eller far,foreldra,foreldrene,omsorgspersoner", false},
	{"role:patient", "nydiagnostiserte,nydiagnostisert", false},
	{"role:next_of_kin theme:grief", "har mistet,har mista,mistet noen,mista nokon,som har mistet,som har mista,sørgende,sørgjande,etterlatt", false},
	{"role:user", "innbyggjarar,innbyggarar,innbyggjar,brukerne,brukarane,elever", false},
	{"age_group:adults", "voksen alder,unge voksne,ung voksen,vaksne", false},
	{"age_group:elderly", "pensjonister,seniorar,eldre over,hjemmeboende eldre", false},
	{"age_group:children", "barnehage,barnehagen,barna,borna,barnelege", false},
	// Themes and conditions in everyday words.
	{"theme:nutrition", "mat,maten,måltider,måltid,matlaging,kost,kostvaner,kosthaldet,glutenfritt,ernæringsfysiolog,kosthaldsrettleiar,kalsium,matallergi", false},
	{"theme:sleep", "sove,sovne,søvnvansker,søvnhygiene,søvnproblemer,døgnrytme", false},
	{"theme:work", "arbeidsgiver,arbeidsgivar,tilbake til arbeid,tilbake til jobb,tilbake i jobb,sykmeldt,sjukmeld,utdanning og arbeid,arbeid og studier", false},
	{"theme:rights_and_aids", "NAV", true},
	{"theme:rights_and_aids", "rettar,trygd,trygderettigheter,støtteordninger,hjelpestønad,pleiepenger,omsorgsstønad,hjelpetiltak,juridiske forhold,tjenestetilbudet", false},
	{"theme:medication", "medisin,medisinar,insulin,inhalasjonsteknikk,nikotinlegemidler,medikamentell behandling", false},
	{"theme:pain", "smerter,smertemestring,smertehandtering,smerteskole", false},
	{"theme:fatigue", "utmatting,energiøkonomisering,trøyttleik,energi og hvile,energi og kvile", false},
	{"theme:stress", "stressreaksjoner,avspenning,belastninger", false},
	{"theme:relationships", "relasjoner,relasjonar,parforhold,samlivet", false},
	{"theme:sexuality", "seksualitet,ereksjonsproblemer,nærleik og seksualitet", false},
	{"theme:grief", "mistet,mista,sorga,etterlatne,døden", false},
	{"theme:mental_health", "følelser,kjensler,nedstemthet,nedstemtheit,psykiske reaksjoner", false},
	// Quitting tobacco: Nynorsk, snus, and the other words for stopping
	// ("snuskuttkurs" is then a course on it, subjectCourse).
	{"theme:smoking_cessation", "røykjeslutt,snuskutt,røykekutt,røykkutt,røykestopp,røykjestopp,snusfri,snusfrie,snusfritt,røykjefri,røykjefrie,slutte å snuse,slutta å snuse,slutte å røykje,slutta å røykje,slutta å røyke,snusavvenning,røykjeavvenning", false},
	{"condition:mental_illness theme:mental_health", "psykiske helseutfordringer,psykiske helseutfordringar,psykiske plager,psykiske plagar,psykiske vansker,psykiske vanskar,psykiske problemer,psykiske problem,psykisk uhelse,psykiske lidelser,psykiske lidingar,alvorleg psykisk sjukdom,alvorlig psykisk sykdom", false},
	{"theme:parenting", "foreldrerollen,foreldrerolla", false},
	{"condition:dementia", "demenssykdommer,demensdiagnose", false},
	{"condition:osteoarthritis", "kneprotese,hofteprotese", false},
	{"condition:rheumatism", "revmatoid artritt,leddgikt,revmatisme,revmatiske sykdommer,revmatiske sjukdomar,revmatiske plager,revmatiske plagar,Bekhterevs sykdom,Bekhterevs sjukdom,artritt,revmatiker,revmatikere", false},
	{"condition:depression", "depresjonsplager,nedfor", false},
	{"condition:heart_attack", "utblokking", false},
	{"condition:stroke", "slag,slagramma,slagrammet,slagrammede,slagråka", false},
	{"condition:coronary_heart_disease", "kransårer,kransårene,kransåresykdom,kransarteriane,kransarteriene,koronar hjertesykdom,angina,angina pectoris,hjertekrampe,bypassoperasjon,bypass-operasjon,bypassopererte,utblokket,stenta,PCI-behandling", false},
	{"condition:hearing_loss", "høreapparat,høreapparater,høreapparatene,hørselshemmet,hørselshemma,hørselshemning,tunghørt,tunghørte,nedsatt hørsel,hørselstap,høyrselstap", false},
	{"condition:sleep_disorder", "søvnproblemer,søvnproblem,søvnvansker,søvnvanskar,insomni,søvnløshet,søvnløyse", false},
	{"condition:chronic_pain", "kroniske smerter,kroniske smerte,langvarige smertetilstander,langvarige smerteplager,langvarig smerte,kroniske muskelsmerter,smertetilstander", false},
	{"condition:chronic_pain condition:back_pain", "langvarige ryggsmerter,langvarige ryggplager,kroniske ryggsmerter,langvarig ryggsmerte,langvarige ryggplagar", false},
	{"condition:heart_disease", "hjertefeil,hjartefeil,medfødt hjertefeil,medfødd hjartefeil,medfødte hjertefeil,medfødde hjartefeil", false},
	{"condition:parkinsons", "Parkinson,parkinsonisme", false},
	{"condition:anxiety", "angstlidelser,angstlidingar,sosial angst,panikkangst,panikkanfall,fobi,fobiar,fobier", false},
	{"condition:substance_use", "rusmisbrukere,rusavhengige,alkoholmisbruk,alkoholavhengighet,alkoholavhengigheit,narkotikamisbruk,rusmiddelavhengighet", false},
	{"condition:stroke", "hjerneblødning,hjerneinfarkt,slagpasienter,slagpasientar", false},
	{"condition:cancer", "kreftdiagnose,kreftdiagnosen,kreftoverlevere,kreftoverlevarar,kreftsjukdom,kreftbehandling", false},
	{"condition:obesity", "overvektige,overvektig,sjukleg overvekt", false},
	{"condition:autism", "autismespekterdiagnose,autismespekterforstyrrelse,autismespekterforstyrring,autistiske", false},
	{"condition:hearing_loss", "døve,døv,døvblinde,hørselsskadde,høyrselshemma", false},
	{"condition:me_cfs", "ME", true},
	{"condition:long_covid", "senskader etter covid,senfølger etter korona,langtidsplager etter covid,long-covid,postcovid-syndrom", false},
	{"condition:epilepsy", "epileptikere,epileptikarar,epileptiske anfall", false},
	{"condition:me_cfs role:patient", "ME-syke,ME-sjuke,ME-pasienter,ME-pasientar", false},
	{"condition:dementia role:patient", "demente,personer med demens,personar med demens", false},
	{"condition:cancer role:patient", "kreftrammede,kreftramma,kreftråka,kreftpasienter,kreftpasientar", false},
	{"condition:substance_use", "rusproblemer,rusproblem,ruslidelse,ruslidingar,ruslidelser,rusmisbruk,avhengighet,avhengigheit", false},
	{"condition:cancer", "leukemi,lymfom,myelomatose,hjernesvulst,kreftsvulst,kreftpasient,kreftpasientane,kreftpasientene", false},
	{"condition:heart_disease", "hjertepasienter,hjartepasientar,hjertepasientene,hjartepasientane,hjartesjuke,hjerte- og karsykdommer,hjarte- og karsjukdomar,hjarte- og karsjukdom", false},
	{"condition:kidney_disease", "nyrepasienter,nyrepasientar,dialysepasienter,dialysepasientar,nyretransplanterte,nyretransplantert", false},
	{"condition:lung_disease", "lungepasienter,lungepasientar,lungesjuke,lungesykdommer,lungesjukdomar", false},
	{"condition:obesity", "fedmeopererte,fedmeoperasjon,fedmekirurgi,overvektsoperasjon,overvektsopererte", false},
	{"condition:depression", "deprimert,deprimerte", false},
	{"condition:psychosis", "psykoser,psykosar,psykoselidingar,psykoselidelser,psykotiske lidelser,psykotiske lidingar", false},
	{"condition:asthma", "astmatikere,astmatikarar", false},
	{"condition:autism", "autister,autistar", false},
	{"condition:acquired_brain_injury", "hjerneskader,hjerneskadar,hovudskade,hodeskade", false},
	{"condition:long_covid", "senskadar etter covid,seinskadar etter covid,langtidsplager etter korona,langtidsplagar etter korona,seinfølgjer etter covid", false},
	// Programmes by other names: word order, Nynorsk, capitals, generic courses.
	{"programme:kid", "kurs i meistring av depresjon,kurs i mestring av depresjon,kurs i depresjonsmeistring,depresjonsmestringskurs,depresjonsmeistringskurs,KiD-kurs,KiD-kurset,KiD-kursa,KiD-kursene", false},
	{"programme:kid", "KID", true},
	{"programme:kib", "kurs i belastningsmestring,kurs i belastningsmeistring,belastningsmestringskurs,belastningsmeistringskurs,kurs i mestring av belastninger,kurs i meistring av belastningar,KiB-kurs,KiB-kurset,KiB-kursa,KiB-kursene", false},
	{"programme:kib", "KIB", true},
	{"programme:smil", "S M I L,S.M.I.L.", true},
	{"programme:royksluttkurs", "røykesluttkurs,kurs i røykeslutt,røykesluttgruppe,tobakksavvenning,tobakksavvenningskurs,snusslutt,snussluttkurs,slutte å røyke-kurs", false},
	{"programme:royksluttkurs", "røykjesluttkurs,kurs i røykjeslutt,røykjesluttgruppe,snusavvenningskurs", false},
	{"programme:parorendeskole", "pårørendekurs,pårørandekurs,kurs for pårørende,kurs for pårørande,pårørendeskolen,pårørandeskulen,pårørendeskoler", false},
	{"programme:kolsskole", "kolskurs,kols-kurs,KOLS-kurs,kolsskolen,kolsskulen", false},
	{"programme:diabeteskurs", "diabetesskole,diabetesskolen,diabetesskule,startkurs for diabetes,diabetes type 2-kurs", false},
	{"programme:recovery_skole", "recoveryskole,recoveryskolen,recovery-skolen,recoveryskule,recoverykurs", false},
	{"programme:bra_mat", "Bra Mat-kurs,Bra mat-kurs,Bra Mat,BraMat", true},
	{"programme:helt_sjef", "Helt sjef,Heilt sjef,HELT SJEF,Helt Sjef", true},
	{"programme:selvhjelpsgruppe", "selvorganisert selvhjelp,sjølvorganisert sjølvhjelp,selvhjelpsgrupper,sjølvhjelpsgrupper", false},
	{"programme:helsesamtale", "frisklivssamtale,frisklivssamtaler,frisklivssamtalar,helsesamtaler,helsesamtalar", false},
	{"programme:stressmestringsgruppe", "stressmestringskurs,stressmeistringskurs,kurs i stressmestring,kurs i stressmeistring", false},
	{"programme:starthjelp", "Start-hjelp,Starthjelpkurs,Starthjelp-kurs", true},
}

// peopleTerms name a condition by its people or by a noun other than
// its own, for every condition code of the taxonomy: adjectives and
// person words ("hjertesyk", "nyresjuke", "psykisk syke", "cøliakere",
// "alkoholikarar"), a disorder's other nouns ("luftveislidelser",
// "hjerteflimmer", "overspising", "smertepasienter"), Bokmål and
// Nynorsk, each inflected form written out. Rows marked whole are found
// as whole words only (glossary.Word): their letters begin longer words of
// another sense ("hjertesyk" in "hjertesykepleier", "nyresyk" in
// "nyresykehus", "lungesjuk" in "lungesjukepleiar").
//
// Their condition votes are cast after the in-scope decision
// (peopleTermSet, scratch.deferred): the in-scope features were fitted
// without them.
var peopleTerms = []struct {
	senses string // space-separated "facet:code"
	forms  string // comma-separated forms
	cs     bool   // case-sensitive (abbreviations)
	whole  bool   // whole words only
}{
	{"condition:heart_disease", "hjertelidelse,hjertelidelsen,hjertelidelser,hjertelidelsene,hjarteliding,hjartelidinga,hjartelidingar,hjartelidingane,hjerteproblem,hjerteproblema,hjerteproblemene,hjarteproblem,hjarteproblema,hjerteplager,hjerteplagene,hjarteplagar,hjarteplagane,hjartepasient,hjartepasienten", false, false},
	{"condition:heart_disease", "hjerteflimmer,hjerteflimmeret,hjarteflimmer,atrieflimmer,forkammerflimmer,hjerterytmeforstyrrelse,hjerterytmeforstyrrelser,hjerterytmeforstyrrelsene,hjarterytmeforstyrring,hjarterytmeforstyrringar,arytmi,arytmier,arytmiar,klaffesykdom,klaffesykdommer,klaffesjukdom,klaffesjukdomar,klaffeopererte", false, false},
	{"condition:coronary_heart_disease", "kransåresjukdom,kransåresjukdomar,kransåresykdommer", false, false},
	{"condition:lung_disease", "lungelidelse,lungelidelsen,lungelidelser,lungelidelsene,lungeliding,lungelidinga,lungelidingar,lungelidingane,lungeplager,lungeplagar,luftveislidelse,luftveislidelser,luftveislidelsene,luftveisliding,luftveislidingar,luftveissykdom,luftveissykdommer,luftveissykdommene,luftveissjukdom,luftveissjukdomar,lungefibrose,sarkoidose", false, false},
	{"condition:copd", "kronisk obstruktiv lungesjukdom", false, false},
	{"condition:kidney_disease", "nyrepasient,nyrepasienten,nyrepasientene,nyrepasientane,nyrelidelse,nyrelidelser,nyreliding,nyrelidingar,nyretransplantasjon,nyretransplantasjonen", false, false},
	{"theme:mental_health", "psykiske helseplager,psykiske helseplagar,psykiske helseproblemer,psykiske helseproblem,psykiske helsevansker,psykiske helsevanskar", false, false},
	{"condition:mental_illness theme:mental_health", "psykiatriske lidelser,psykiatriske lidingar,psykiatrisk lidelse,psykiatrisk liding,psykiske diagnoser,psykiske diagnosar", false, false},
	{"condition:mental_illness", "psykiatriske pasienter,psykiatriske pasientar", false, false},
	{"condition:depression", "depresjonsplagar", false, false},
	{"condition:anxiety", "panikkliding,panikklidingar", false, false},
	{"condition:psychosis", "psykotiske symptomer,psykotiske symptom", false, false},
	{"condition:eating_disorder", "overspising,overspisinga,overspisingen", false, false},
	{"condition:substance_use", "alkoholproblem,alkoholproblema,alkoholproblemene", false, false},
	{"condition:neurological_disease", "nevrologiske lidingar,nevrologisk liding,nevrologisk lidelse,nevrologiske tilstander,nevrologiske tilstandar,nevrologiske diagnoser,nevrologiske diagnosar,nevrologiske pasienter,nevrologiske pasientar,nevromuskulær sykdom,nevromuskulære sykdommer,nevromuskulær sjukdom,nevromuskulære sjukdomar", false, false},
	{"condition:neurological_disease", "ALS", true, false},
	{"condition:epilepsy", "epileptiker,epileptikeren,epileptikerne,epileptikar,epileptikaren,epileptikarane,epileptisk anfall", false, false},
	{"condition:sleep_disorder", "søvnapné,søvnapne,søvnapnø,søvnapnoe", false, false},
	{"condition:diabetes_type1", "type 1-diabetiker,type 1-diabetikere,type 1-diabetikar,type 1-diabetikarar,diabetes mellitus type 1", false, false},
	{"condition:diabetes_type2", "type 2-diabetiker,type 2-diabetikere,type 2-diabetikar,type 2-diabetikarar", false, false},
	{"condition:colorectal_cancer", "kolorektalkreft,tjukktarmskreft", false, false},
	{"condition:back_pain", "ryggpasienter,ryggpasientar,ryggproblemer,ryggproblem,ryggproblema,rygglidelse,rygglidelser,rygglidingar,ryggsmertar", false, false},
	{"condition:chronic_pain", "kroniske smertar,langvarige smertar,kronisk smerte,langvarige smerteplagar,kroniske smerteplager,kroniske smerteplagar,langvarige smertetilstandar,smertepasient,smertepasienter,smertepasientar,smertepasientane,smertepasientene,smertetilstand,smertetilstandar", false, false},
	{"condition:rheumatism", "revmatikar,revmatikaren,revmatikarar,revmatikarane,revmatisk liding,revmatiske lidingar,revmatisk lidelse,revmatiske diagnoser,revmatiske diagnosar,revmatologiske sykdommer,revmatologiske sjukdomar", false, false},
	{"condition:hearing_loss", "hørselsvansker,høyrselsvanskar,hørselsproblemer,høyrselsproblem,hørselssvekkelse,høyrselshemming,høyrselshemminga,nedsett høyrsel,nedsett hørsel", false, false},
	{"condition:me_cfs", "kronisk utmattingssyndrom", false, false},
	{"condition:dementia", "Alzheimers sjukdom", false, false},
	{"condition:long_covid", "langvarige plager etter korona,langvarige plagar etter korona,langvarige plager etter covid,langvarige plagar etter covid,langvarige symptomer etter covid,langvarige symptom etter covid,senvirkninger etter covid,senvirkningar etter covid,seinverknader etter covid,senfølger etter covid,seinfølgjer etter korona,senskader etter korona,seinskadar etter korona,post-covid,langtidscovid", false, false},
	{"condition:heart_disease", "hjertesyk,hjertesykt,hjertesjuk,hjertesjukt,hjertesjuke,hjartesjuk,hjartesjukt", false, true},
	{"condition:lung_disease", "lungesyk,lungesykt,lungesjuk,lungesjukt", false, true},
	{"condition:kidney_disease", "nyresyk,nyresyke,nyresykt,nyresjuk,nyresjuke,nyresjukt", false, true},
	{"condition:mental_illness", "psykisk syk,psykisk syke,psykisk sjuk,psykisk sjuke", false, true},
	{"condition:bipolar_disorder", "bipolare,manisk depressiv,manisk depressive,manisk-depressiv,manisk-depressive", false, true},
	{"condition:psychosis", "schizofren,schizofrene", false, true},
	{"condition:substance_use", "alkoholiker,alkoholikere,alkoholikerne,alkoholikar,alkoholikarar,alkoholikarane,narkoman,narkomane,alkoholavhengig,alkoholavhengige,stoffavhengige,stoffmisbrukere,stoffmisbrukarar", false, true},
	{"condition:autism", "autist,autisten,autistisk", false, true},
	{"condition:intellectual_disability", "utviklingshemmet,utviklingshemma,utviklingshemmete", false, true},
	{"condition:acquired_brain_injury", "hjerneskadd,hjerneskadde,hjerneskadet,hjerneskadete,hodeskadd,hodeskadde,hovudskadd,hovudskadde", false, true},
	{"condition:celiac_disease", "cøliaker,cøliakere,cøliakerne,cøliakar,cøliakarar", false, true},
	{"condition:hearing_loss", "tunghøyrd,tunghøyrde,tunghøyrt,hørselshemmete,hørselssvekket,hørselssvekkede", false, true},
}

// peopleTermSet holds every form of peopleTerms whose senses name a
// condition: termReader.weigh defers their condition votes (isPeopleTerm).
var peopleTermSet, peopleTermFilter = func() (map[string]bool, *markFilter) {
	t, f := map[string]bool{}, new(markFilter)
	for _, x := range peopleTerms {
		if strings.Contains(x.senses, "condition:") {
			for _, w := range strings.Split(x.forms, ",") {
				t[w] = true
				h := markHash(w)
				f[h>>6] |= 1 << (h & 63)
			}
		}
	}
	return t, f
}()

// isPeopleTerm reports whether term is in peopleTermSet. Most condition
// terms are not, and the filter (length and three bytes) tells most of
// them so without hashing the string for the map.
func isPeopleTerm(term string) bool {
	return peopleTermFilter.hasFold(term) && peopleTermSet[term]
}

// glossaryWithExtras returns g with extraTerms and peopleTerms added.
func glossaryWithExtras() (*glossary.Glossary, error) {
	var es []glossary.Entry
	for _, x := range extraTerms {
		var senses []taxonomy.Ref
		for _, r := range strings.Fields(x.senses) {
			ref, err := taxonomy.ParseRef(r)
			if err != nil {
				return nil, err
			}
			senses = append(senses, ref)
		}
		forms := strings.Split(x.forms, ",")
		for _, f := range forms {
			e := glossary.Entry{Term: f, Lang: taxonomy.NB, Kind: glossary.KindSynonym, Senses: senses,
				Source: "lmhkit", CaseSensitive: x.cs}
			if x.cs {
				e.Positions = glossary.Word
			}
			es = append(es, e)
		}
	}
	for _, x := range peopleTerms {
		var senses []taxonomy.Ref
		for _, r := range strings.Fields(x.senses) {
			ref, err := taxonomy.ParseRef(r)
			if err != nil {
				return nil, err
			}
			senses = append(senses, ref)
		}
		for _, f := range strings.Split(x.forms, ",") {
			e := glossary.Entry{Term: f, Lang: taxonomy.NB, Kind: glossary.KindSynonym, Senses: senses,
				Source: "lmhkit", CaseSensitive: x.cs}
			if x.cs || x.whole {
				e.Positions = glossary.Word
			}
			es = append(es, e)
		}
	}
	return glossary.New(es...)
}
