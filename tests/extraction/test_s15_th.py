"""Session 15, round th: speakers' names -- titles and honorifics from many places, surnames
with particles, family names first, a surname alone or a rank word for the person named in
full, bodies owned by a country, acronyms, and offices and spokesmen of titled people
(invented sentences, written as outlets in many countries write them)."""

from __future__ import annotations

import pytest

from tests.extraction.test_speakers import run


def pairs(*paragraphs):
    return {(c.speaker, c.figure_text) for c in run(*paragraphs)}


def speaker_of(figure, *paragraphs):
    return {c.figure_text: c.speaker for c in run(*paragraphs)}[figure]


# --- the cases the round's rules fixed (each failed before it)

@pytest.mark.parametrize("paragraphs, wanted", [
    (('Datuk Seri Anwar Rahimi said 1,200 families had been relocated.',),
     [('Anwar Rahimi', '1,200')]),
    (('Tan Sri Lim Boon Heng said the project would create 5,000 jobs.',),
     [('Lim Boon Heng', '5,000')]),
    (('Fr. Miguel Arrieta said 400 people attended the vigil.',),
     [('Miguel Arrieta', '400')]),
    (('Pieter van der Berg said 60 buildings were damaged.', 'Van der Berg added that 12 were beyond repair.'),
     [('Pieter van der Berg', '12'), ('Pieter van der Berg', '60')]),
    (('Juan de la Cruz said he lost 30 cattle.', 'De la Cruz said the drought had lasted 8 months.'),
     [('Juan de la Cruz', '30'), ('Juan de la Cruz', '8 months')]),
    (('Maj. Gen. Samuel Otieno said 12 soldiers were wounded.', 'The general said 3 were in critical condition.'),
     [('Samuel Otieno', '3')]),
    (("The UK's Office for National Statistics said inflation eased to 3.4 percent.",),
     [('Office for National Statistics', '3.4 percent')]),
    (('Datuk Seri Anwar Rahimi said 1,200 families had been relocated.', 'Anwar said another 300 would move next month.'),
     [('Anwar Rahimi', '300')]),
    (('Lord Ashfield said 12 per cent of peers had declared interests.',),
     [('Lord Ashfield', '12 per cent')]),
    (("The Philippines' Department of Health (DOH) said 312 dengue cases were recorded.", 'The DOH said 4 patients died.'),
     [('Department of Health', '312'), ('Department of Health', '4')]),
    (("Japan's Ministry of Economy, Trade and Industry said output rose 2.3 percent.",),
     [('Ministry of Economy, Trade and Industry', '2.3 percent')]),
    (('Pieter van der Berg said 60 buildings were damaged.', 'Mr van der Berg said 12 were beyond repair.'),
     [('Pieter van der Berg', '12')]),
    (('Juan de la Cruz said he lost 30 cattle.', 'Mr. de la Cruz said 8 had died of thirst.'),
     [('Juan de la Cruz', '8')]),
    (('Dr. Elena della Rovere said 25 patients were admitted.', 'Della Rovere said 6 were children.'),
     [('Elena della Rovere', '25'), ('Elena della Rovere', '6')]),
    (('The mayor, Jan ter Horst, said 70 homes were flooded.', 'Ter Horst said 9 people were rescued.'),
     [('Jan ter Horst', '70'), ('Jan ter Horst', '9')]),
    (("Gov. Lydia Ferrante's office said 45 counties were under a disaster declaration.",),
     [('Lydia Ferrante', '45')]),
    (('A spokesman for Gov. Lydia Ferrante said 45 counties were under a disaster declaration.',),
     [('Lydia Ferrante', '45')]),
    (("The Gambia's Ministry of Health said 40 cases were confirmed.",),
     [('Ministry of Health', '40')]),
    (('Rev. Fr. John Okafor said 2,000 pilgrims attended.',),
     [('John Okafor', '2,000')]),
    (('Tan Sri Lim Boon Heng said the project would create 5,000 jobs.', 'Lim said 2,000 would go to locals.'),
     [('Lim Boon Heng', '2,000'), ('Lim Boon Heng', '5,000')]),
    (('Lt. Col. Rania Haddad said about 300 civilians had been evacuated.', 'The colonel said 40 were children.'),
     [('Rania Haddad', '40')]),
    (('Rep. Dana Whitcombe said the bill would cost $4 billion.', 'The congresswoman said 20,000 jobs were at stake.'),
     [('Dana Whitcombe', '20,000')]),
    (('Capt. Ravi Pillai said the ship carried 22 crew.', 'The captain said 3 were injured.'),
     [('Ravi Pillai', '3')]),
    (('Archbishop Thabo Makgoba said 300 churches had joined.', 'The archbishop said 40,000 people attended.'),
     [('Thabo Makgoba', '40,000')]),
])
def test_names_the_round_fixed(paragraphs, wanted):
    assert set(wanted) <= pairs(*paragraphs)


# --- the cases that already passed: they pin the family

@pytest.mark.parametrize("paragraphs, wanted", [
    (('Dr Amara Okonkwo said 42 patients had been treated.',),
     [('Amara Okonkwo', '42')]),
    (('Prof. Helena Lindqvist told reporters that 18 percent of students had dropped out.',),
     [('Helena Lindqvist', '18 percent')]),
    (('Maj. Gen. Samuel Otieno said 12 soldiers were wounded in the attack.',),
     [('Samuel Otieno', '12')]),
    (('Lt. Col. Rania Haddad said about 300 civilians had been evacuated.',),
     [('Rania Haddad', 'about 300')]),
    (('Rep. Dana Whitcombe, a Democrat from Ohio, said the bill would cost $4 billion.',),
     [('Dana Whitcombe', '$4 billion')]),
    (('Sen. Marcus Bellweather said 2 million people would lose coverage.',),
     [('Marcus Bellweather', '2 million')]),
    (('Gov. Lydia Ferrante announced that 45 counties were under a disaster declaration.',),
     [('Lydia Ferrante', '45')]),
    (('Sheikh Hamad bin Khalifa Al Nuaimi said the port handled 3.2 million containers last year.',),
     [('Hamad bin Khalifa Al Nuaimi', '3.2 million')]),
    (('Shri Rakesh Chandra Verma said 87 villages were affected by the floods.',),
     [('Rakesh Chandra Verma', '87')]),
    (('Smt Kavitha Raghunathan said 64 per cent of the funds had been spent.',),
     [('Kavitha Raghunathan', '64 per cent')]),
    (('Alhaji Musa Danladi told the gathering that 300 farmers had received loans.',),
     [('Musa Danladi', '300')]),
    (('Chief Emeka Nwosu said 15 houses were destroyed.',),
     [('Emeka Nwosu', '15')]),
    (('Rev. Thomas Ashdown said the church had raised $25,000.',),
     [('Thomas Ashdown', '$25,000')]),
    (('Justice Priya Menon observed that 1,400 cases were pending before the court.',),
     [('Priya Menon', '1,400')]),
    (('Hon. Grace Mutua said the county had hired 250 nurses.',),
     [('Grace Mutua', '250')]),
    (('Insp. Kwame Boateng said 23 suspects had been arrested.',),
     [('Kwame Boateng', '23')]),
    (('Supt. Farida Hussain said 9 officers were injured.',),
     [('Farida Hussain', '9')]),
    (('The bill would cost $4 billion, according to Sen. Marcus Bellweather.',),
     [('Marcus Bellweather', '$4 billion')]),
    (('About 300 civilians were evacuated, said Lt. Col. Rania Haddad, a military spokeswoman.',),
     [('Rania Haddad', 'About 300')]),
    (('"We lost 14 homes," said Chief Emeka Nwosu.',),
     [('Emeka Nwosu', '14')]),
    (('The clinic treated 42 patients, Dr. Amara Okonkwo told the BBC.',),
     [('Amara Okonkwo', '42')]),
    (('Some 87 villages were affected, Shri Rakesh Chandra Verma told the Assembly.',),
     [('Rakesh Chandra Verma', 'Some 87')]),
    (('Pieter van der Berg, the mayor, said 60 buildings were damaged.',),
     [('Pieter van der Berg', '60')]),
    (('Crown Prince Mohammed bin Salman said the fund had invested $40 billion.',),
     [('Mohammed bin Salman', '$40 billion')]),
    (("Ahmed Al-Hashimi, the ministry's spokesman, said 19 people died.",),
     [('Ahmed Al-Hashimi', '19')]),
    (('Juan de la Cruz, a local farmer, said he lost 30 cattle.',),
     [('Juan de la Cruz', '30')]),
    (('Siobhán Ní Bhraonáin said 200 homes were without power.',),
     [('Siobhán Ní Bhraonáin', '200')]),
    (("Patrick O'Connor said the club had sold 12,000 tickets.",),
     [("Patrick O'Connor", '12,000')]),
    (('About 60 buildings were damaged, said Pieter van der Berg, the mayor.',),
     [('Pieter van der Berg', 'About 60')]),
    (('Maria da Silva Santos said prices had risen 11 percent.',),
     [('Maria da Silva Santos', '11 percent')]),
    (('Ludwig von Hessen said the firm employed 900 people.',),
     [('Ludwig von Hessen', '900')]),
    (('Ahmed Al-Hashimi said 19 people died.', 'Al-Hashimi said another 40 were injured.'),
     [('Ahmed Al-Hashimi', '19'), ('Ahmed Al-Hashimi', '40')]),
    (("Patrick O'Connor said the club had sold 12,000 tickets.", "O'Connor said 3,000 more would go on sale."),
     [("Patrick O'Connor", '3,000')]),
    (('Kim Min-jun, a spokesman for the ministry, said exports rose 7.5 percent.',),
     [('Kim Min-jun', '7.5 percent')]),
    (('Exports rose 7.5 percent, said Lee Jae-sung, an analyst at Hanwha Securities.',),
     [('Lee Jae-sung', '7.5 percent')]),
    (('Tanaka Yuki, a researcher at Kyoto University, said 31 species had vanished.', 'Tanaka said 12 more were at risk.'),
     [('Tanaka Yuki', '12'), ('Tanaka Yuki', '31')]),
    (('Yuki Tanaka, a researcher at Kyoto University, said 31 species had vanished.', 'Tanaka said 12 more were at risk.'),
     [('Yuki Tanaka', '12'), ('Yuki Tanaka', '31')]),
    (('Lee Jae-sung said exports rose 7.5 percent.', 'Lee said chip sales grew 20 percent.'),
     [('Lee Jae-sung', '20 percent')]),
    (('Wang Xiaoming, deputy director of the bureau, said output grew 5.2 percent.', 'Wang said 800 factories had reopened.'),
     [('Wang Xiaoming', '800')]),
    (('Finance Minister Joyce Mwangi said the deficit was 5.1 percent.', 'Her husband, Peter Mwangi, an economist, said growth would be 3 percent.', 'Joyce Mwangi later said 2,000 jobs were at risk.'),
     [('Joyce Mwangi', '2,000'), ('Joyce Mwangi', '5.1 percent'), ('Peter Mwangi', '3 percent')]),
    (('Gen. Oluwaseun Adeyemi said 40 fighters were killed.', 'Adeyemi said 12 soldiers died.'),
     [('Oluwaseun Adeyemi', '12')]),
    (('Dr. Hannah Ruiz said 30 patients were in intensive care.', 'Ruiz said 5 had died overnight.'),
     [('Hannah Ruiz', '5')]),
    (('Dr. Hannah Ruiz said 30 patients were in intensive care.', 'Dr. Ruiz said 5 had died overnight.'),
     [('Hannah Ruiz', '5')]),
    (('Sen. Marcus Bellweather said 2 million would lose coverage.', 'The senator said 400,000 were children.'),
     [('Marcus Bellweather', '400,000')]),
    (('The Central Bank of Nigeria (CBN) said inflation rose to 22.8 percent.',),
     [('Central Bank of Nigeria', '22.8 percent')]),
    (('The National Disaster Management Authority (NDMA) said 140 people had died.', 'The NDMA said 2,000 homes were destroyed.'),
     [('National Disaster Management Authority', '140'), ('National Disaster Management Authority', '2,000')]),
    (('The CBN (Central Bank of Nigeria) said inflation rose to 22.8 percent.',),
     [('Central Bank of Nigeria', '22.8 percent')]),
    (("Kenya's Health Ministry said 58 cases had been confirmed.",),
     [('Kenyan Health Ministry', '58')]),
    (('The Ministry of Health said 58 cases had been confirmed.', 'The ministry said 12 patients had died.'),
     [('Ministry of Health', '12'), ('Ministry of Health', '58')]),
    (('Apex Robotics Inc. said revenue rose 14 percent.', 'The company said it would hire 300 engineers.'),
     [('Apex Robotics Inc.', '14 percent'), ('Apex Robotics Inc.', '300')]),
    (('Revenue rose 14 percent, Apex Robotics Inc. said in a statement.',),
     [('Apex Robotics Inc.', '14 percent')]),
    (('Singapore said its economy grew 2.1 percent.', 'The Ministry of Trade and Industry said exports fell 4 percent.'),
     [('Ministry of Trade and Industry', '4 percent')]),
    (('The Environmental Protection Agency said emissions fell 8 percent.', 'The agency said 1,200 plants were inspected.'),
     [('Environmental Protection Agency', '1,200')]),
    (("India's Ministry of Home Affairs said 34 people had died.", 'The ministry said 90 were missing.'),
     [('Ministry of Home Affairs', '90')]),
    (('The Saudi Ministry of Energy said output reached 9 million barrels a day.',),
     [('Saudi Ministry of Energy', '9 million barrels')]),
    (('The Reserve Bank of Australia (RBA) held its cash rate at 4.35 percent, the RBA said.',),
     [('Reserve Bank of Australia', '4.35 percent')]),
    (('Inflation rose to 22.8 percent, according to the Central Bank of Nigeria (CBN).',),
     [('Central Bank of Nigeria', '22.8 percent')]),
    (("Mexico's National Institute of Statistics and Geography (INEGI) said unemployment was 2.7 percent.",),
     [('National Institute of Statistics and Geography', '2.7 percent')]),
    (("Brazil's Ministry of Agriculture said the soy crop would reach 150 million tonnes.",),
     [('Ministry of Agriculture', '150 million tonnes')]),
    (('The minister of finance, Ngozi Adebayo, said the budget was N27 trillion.', 'The minister said 40 percent would go to capital spending.'),
     [('Ngozi Adebayo', '40 percent')]),
    (('Halvorsen Foods Ltd said profit rose 9 percent.', 'The firm said 120 stores would close.'),
     [('Halvorsen Foods Ltd', '120')]),
    (('The Kenya Meteorological Department said 120mm of rain fell in Nairobi.', 'The department said more rain was expected over 3 days.'),
     [('Kenya Meteorological Department', '120mm')]),
    (('Nairobi County said 300 families were displaced.',),
     [('Nairobi County', '300')]),
    (('Kim Min-jun, a spokesman for the ministry, said exports rose 7.5 percent.', 'Mr Kim said imports fell 3 percent.'),
     [('Kim Min-jun', '3 percent')]),
    (('Siobhán Ní Bhraonáin, a councillor, said 200 homes were flooded.', 'Ní Bhraonáin said 40 were insured.'),
     [('Siobhán Ní Bhraonáin', '40')]),
    (('Dr. Ahmed Al-Hashimi said 19 people died.', 'Dr Al-Hashimi said 40 were injured.'),
     [('Ahmed Al-Hashimi', '40')]),
    (('Khalid Al Mansouri, director-general of the authority, said 1,300 inspections were carried out.', 'Al Mansouri said 45 violations were found.'),
     [('Khalid Al Mansouri', '1,300'), ('Khalid Al Mansouri', '45')]),
    (('Crown Prince Mohammed bin Salman said the fund had invested $40 billion.', 'Prince Mohammed said it would invest $10 billion more.'),
     [('Mohammed bin Salman', '$10 billion')]),
    (('Brig. Gen. Ana Lucia Torres said 8 soldiers were missing.',),
     [('Ana Lucia Torres', '8')]),
    (('Col. (rtd) James Kariuki said 1,000 rangers were needed.',),
     [('James Kariuki', '1,000')]),
    (('Police Supt. Daniel Osei said 17 people were detained.',),
     [('Daniel Osei', '17')]),
    (('Assistant Commissioner of Police Joseph Mensah said 17 people were detained.',),
     [('Joseph Mensah', '17')]),
    (('Chief Justice Martha Koome said 600,000 cases were pending.',),
     [('Martha Koome', '600,000')]),
    (('Lt. Gen. (Dr.) Farooq Aziz said 2,500 troops were deployed.',),
     [('Farooq Aziz', '2,500')]),
    (('Pastor Chris Adeleke said 5,000 worshippers attended.',),
     [('Chris Adeleke', '5,000')]),
    (('Imam Abdullahi Bello said 70 mosques had joined the campaign.',),
     [('Abdullahi Bello', '70')]),
    (('Emir Sanusi Lamido said 2,000 pupils had enrolled.',),
     [('Sanusi Lamido', '2,000')]),
    (('Senator Ifeoma Okafor said N3 billion had been released.',),
     [('Ifeoma Okafor', 'N3 billion')]),
    (('Councillor Jane Whitfield said 150 potholes had been repaired.',),
     [('Jane Whitfield', '150')]),
    (("Prof Dato' Dr Azman Hashim said 30 per cent of students were affected.",),
     [('Azman Hashim', '30 per cent')]),
    (('Tun Dr Mahathir Ismail said 45 per cent had voted.',),
     [('Mahathir Ismail', '45 per cent')]),
    (('Dame Harriet Lowe said the charity had raised £2 million.',),
     [('Harriet Lowe', '£2 million')]),
    (('Sir Geoffrey Pell said 3,000 jobs would go.',),
     [('Geoffrey Pell', '3,000')]),
    (('Baroness Whitaker said 40,000 children were in care.',),
     [('Baroness Whitaker', '40,000')]),
    (("The country's Ministry of Health said 58 cases had been confirmed.",),
     [('Ministry of Health', '58')]),
    (('Lagos State Government said 2,400 buildings were marked for demolition.',),
     [('Lagos State Government', '2,400')]),
    (('The Kerala government said 240 relief camps had been opened.',),
     [('Kerala government', '240')]),
    (('The State Department said 45 Americans had been evacuated.',),
     [('State Department', '45')]),
    (('The Securities and Exchange Board of India (Sebi) said 1,100 complaints were received.', 'The regulator said 80 percent had been resolved.'),
     [('Securities and Exchange Board of India', '80 percent')]),
    (('Toyota Motor Corp. said sales rose 6 percent.', 'The carmaker said it sold 2.6 million vehicles.'),
     [('Toyota Motor Corp.', '2.6 million')]),
    (('Emirates NBD said net profit rose 18 percent.', 'The lender said loans grew 9 percent.'),
     [('Emirates NBD', '9 percent')]),
    (('Statistics South Africa said unemployment was 32.9 percent.', 'The agency said 8.2 million people were jobless.'),
     [('Statistics South Africa', '8.2 million')]),
    (('The Korea Meteorological Administration (KMA) said 210mm of rain fell in Seoul.',),
     [('Korea Meteorological Administration', '210mm')]),
    (('Unemployment was 32.9 percent, Stats SA said.',),
     [('Stats SA', '32.9 percent')]),
    (('The Ministry of Economy, Trade and Industry (METI) said output rose 2.3 percent.', 'METI said exports fell 1.1 percent.'),
     [('Ministry of Economy, Trade and Industry', '1.1 percent')]),
    (('The Abu Dhabi Department of Health said 95 percent of residents were vaccinated.',),
     [('Abu Dhabi Department of Health', '95 percent')]),
    (('The Dubai Roads and Transport Authority (RTA) said 1.8 million passengers used the metro.',),
     [('Dubai Roads and Transport Authority', '1.8 million')]),
    (('Gauteng Health MEC Nomsa Dlamini said 64 clinics had reopened.',),
     [('Nomsa Dlamini', '64')]),
    (("Victoria's Chief Health Officer, Prof. Brett Sutton, said 1,200 cases were recorded.",),
     [('Brett Sutton', '1,200')]),
    (('The Department of Foreign Affairs and Trade (DFAT) said 3,000 Australians were registered in the country.',),
     [('Department of Foreign Affairs and Trade', '3,000')]),
    (('The head of the agency, Dr. Li Wei, said 700 samples were tested.', 'Li said 14 were positive.'),
     [('Li Wei', '14')]),
    (("Grace Mutua, the county's health executive, said 250 nurses were hired.", 'Mutua said 80 more would be hired.'),
     [('Grace Mutua', '80')]),
    (('The mayor, Pieter van der Berg, said 60 buildings were damaged.',),
     [('Pieter van der Berg', '60')]),
    (("Brazil's President Luiz Inácio Lula da Silva said 4 million families would benefit.", 'Lula said the plan cost 20 billion reais.'),
     [('Luiz Inácio Lula da Silva', '20 billion reais'), ('Luiz Inácio Lula da Silva', '4 million')]),
    (('Mexican Finance Minister Rogelio Ramírez de la O said growth would reach 3 percent.',),
     [('Rogelio Ramírez de la O', '3 percent')]),
    (('Gen. Mark Dunleavy said 40 fighters were killed.', 'His brother, Col. Ian Dunleavy, said 12 soldiers died.'),
     [('Ian Dunleavy', '12'), ('Mark Dunleavy', '40')]),
    (('Col. Ian Dunleavy said 12 soldiers died.', 'Gen. Mark Dunleavy, his brother, said 40 fighters were killed.', 'Gen. Dunleavy said 3 were captured.'),
     [('Mark Dunleavy', '3')]),
    (('The Office for National Statistics (ONS) said inflation eased to 3.4 percent.',),
     [('Office for National Statistics', '3.4 percent')]),
    (("Nigeria's National Bureau of Statistics said inflation was 33 percent.",),
     [('National Bureau of Statistics', '33 percent')]),
    (("Inflation was 33 percent, Nigeria's National Bureau of Statistics said.",),
     [('National Bureau of Statistics', '33 percent')]),
    (("The EU's statistics office Eurostat said unemployment was 6.4 percent.",),
     [('Eurostat', '6.4 percent')]),
    (("Germany's Federal Statistical Office (Destatis) said exports fell 1.2 percent.",),
     [('Federal Statistical Office', '1.2 percent')]),
    (('Coach Luis del Bosque said 14 players were injured this season.',),
     [('Luis del Bosque', '14')]),
    (('South Korean President Yoon Suk-min said the budget would rise 4.2 percent.', 'Yoon said 30,000 jobs would be created.'),
     [('Yoon Suk-min', '30,000'), ('Yoon Suk-min', '4.2 percent')]),
    (('Japanese Prime Minister Ishida Kenta said 3 trillion yen would be spent.', 'Ishida told reporters 40 percent would go to regions.'),
     [('Ishida Kenta', '3 trillion yen'), ('Ishida Kenta', '40 percent')]),
    (('Tanaka Yuki, who heads the union, said 12 percent of staff had left.', 'Ms Tanaka said 300 more would retire.'),
     [('Tanaka Yuki', '12 percent'), ('Tanaka Yuki', '300')]),
    (('Nguyen Van Thanh, deputy head of the agency, said 1,500 hectares of rice were flooded.', 'Thanh said 20 people were missing.'),
     [('Nguyen Van Thanh', '1,500 hectares'), ('Nguyen Van Thanh', '20')]),
    (('Chinese Foreign Ministry spokesperson Mao Ling said 1,200 citizens had been evacuated.',),
     [('Mao Ling', '1,200')]),
    (('Some 1,200 citizens had been evacuated, Chinese Foreign Ministry spokesperson Mao Ling told a regular briefing in Beijing.',),
     [('Mao Ling', 'Some 1,200')]),
    (('The toll rose to 64, according to Maj. Gen. Samuel Otieno, commander of the joint task force deployed to the region last week.',),
     [('Samuel Otieno', '64')]),
    (("Sixty-four people died, said Brig. Gen. Ana Lucia Torres, who leads the army's relief operation in the north.",),
     [('Ana Lucia Torres', 'Sixty-four')]),
    (('Twenty-three suspects were arrested, Ashanti Regional Police Commander, DCOP Kwame Boateng, said.',),
     [('Kwame Boateng', 'Twenty-three')]),
    (('Rep. Dana Whitcombe (D-Ohio) said the bill would cost $4 billion.',),
     [('Dana Whitcombe', '$4 billion')]),
    (('Sen. Marcus Bellweather, R-Texas, said 2 million people would lose coverage.',),
     [('Marcus Bellweather', '2 million')]),
    (('Dr. Hannah Ruiz and Dr. Peter Ruiz run the clinic.', 'Hannah Ruiz said 30 patients were in intensive care.', 'Peter Ruiz said 5 had died.'),
     [('Hannah Ruiz', '30'), ('Peter Ruiz', '5')]),
    (('Abdullah bin Zayed Al Nahyan said the UAE had sent 600 tonnes of aid.', 'Sheikh Abdullah said another 200 tonnes would follow.'),
     [('Abdullah bin Zayed Al Nahyan', '200 tonnes'), ('Abdullah bin Zayed Al Nahyan', '600 tonnes')]),
    (('Dr. Abdul Rahman Al-Rashid, director of the hospital, said 80 patients were admitted.', 'Al-Rashid said 12 were critical.'),
     [('Abdul Rahman Al-Rashid', '12'), ('Abdul Rahman Al-Rashid', '80')]),
    (('Mohammed Abu Zaid said 40 families had fled.', 'Abu Zaid said 9 houses were shelled.'),
     [('Mohammed Abu Zaid', '40'), ('Mohammed Abu Zaid', '9')]),
    (('Ruairí Ó Conchúir, a Fianna Fáil TD, said 3,000 people were on the housing list.', 'Ó Conchúir said 800 were children.'),
     [('Ruairí Ó Conchúir', '3,000'), ('Ruairí Ó Conchúir', '800')]),
    (('Helvetia Freight AG said volumes fell 6 percent.', 'The group said it would cut 400 jobs.'),
     [('Helvetia Freight AG', '400'), ('Helvetia Freight AG', '6 percent')]),
    (('Westmoor Holdings plc said pre-tax profit rose 14 per cent to £230m.', 'The FTSE 250 group said it would pay a dividend of 12p.'),
     [('Westmoor Holdings plc', '12p'), ('Westmoor Holdings plc', '14 per cent')]),
    (('Bluegum Minerals Pty Ltd said it would hire 250 workers.', 'The company said the mine would cost A$400 million.'),
     [('Bluegum Minerals Pty Ltd', '250'), ('Bluegum Minerals Pty Ltd', 'A$400 million')]),
    (('Lagos State Government said 2,400 buildings were marked for demolition.', 'The state government said 300 had already been demolished.'),
     [('Lagos State Government', '300')]),
    (('The Federal Government said N2 trillion would be spent on roads.', 'The government said 40 projects were under way.'),
     [('Federal Government', '40'), ('Federal Government', 'N2 trillion')]),
    (('Beijing said on Monday that 1,300 companies had been fined.',),
     [('Beijing', '1,300')]),
    (('The Ministry of Finance (MoF) said revenue rose 12 percent.', 'The ministry said spending grew 8 percent.', 'MoF officials said 3 percent of the budget was unspent.'),
     [('Ministry of Finance', '12 percent'), ('Ministry of Finance', '8 percent')]),
    (('The National Highways Authority of India (NHAI) said 10,000 km of roads were built.', 'According to the NHAI, 4,000 km were four-lane.'),
     [('National Highways Authority of India', '10,000 km'), ('National Highways Authority of India', '4,000 km')]),
    (('The regulator, the Competition and Markets Authority, said 14 firms had been fined.',),
     [('Competition and Markets Authority', '14')]),
    (('The Competition and Markets Authority (CMA) has fined 14 firms, the regulator said.',),
     [('Competition and Markets Authority', '14')]),
    (('NEMA, the National Environment Management Authority, said 300 factories were inspected.',),
     [('National Environment Management Authority', '300')]),
    (('The Central Statistical Organisation said GDP grew 6.3 percent.', 'The CSO said farm output rose 2 percent.'),
     [('Central Statistical Organisation', '2 percent'), ('Central Statistical Organisation', '6.3 percent')]),
    (('The Department of Environment and Natural Resources-Region 7 said 1,200 seedlings were planted.',),
     [('Department of Environment and Natural Resources-Region 7', '1,200')]),
    (("Qatar's Ministry of Public Health said 240 cases were recorded.", 'The ministry said 12 patients were in intensive care.'),
     [('Ministry of Public Health', '12'), ('Ministry of Public Health', '240')]),
    (('The Bahamas Department of Meteorology said winds reached 140 mph.',),
     [('Bahamas Department of Meteorology', '140 mph')]),
    (('The Bank of Ghana said inflation fell to 23.2 percent.', 'The central bank said reserves stood at $6.2 billion.'),
     [('Bank of Ghana', '$6.2 billion'), ('Bank of Ghana', '23.2 percent')]),
    (('Inflation fell to 23.2 percent, the Bank of Ghana (BoG) said.', 'The BoG said reserves stood at $6.2 billion.'),
     [('Bank of Ghana', '$6.2 billion'), ('Bank of Ghana', '23.2 percent')]),
    (('Minister of State for Health Dr. Grace Achieng said 120 clinics had reopened.', 'Dr Achieng said 40 more would open.'),
     [('Grace Achieng', '120'), ('Grace Achieng', '40')]),
    (('Cabinet Secretary for Health Susan Nakhumicha Wafula said 64 counties had received drugs.',),
     [('Susan Nakhumicha Wafula', '64')]),
    (("Kenya's Interior Cabinet Secretary, Prof. Kithure Mwangi, said 2,000 officers were deployed.",),
     [('Kithure Mwangi', '2,000')]),
    (('Haryana Chief Minister Shri Nayab Singh said 1,500 crore rupees had been released.',),
     [('Nayab Singh', '1,500 crore rupees')]),
    (('Union Minister Smt. Nirmala Iyer said 80 crore people got free grain.',),
     [('Nirmala Iyer', '80 crore')]),
    (('The Most Rev. Thabo Makgoba said 300 churches had joined.',),
     [('Thabo Makgoba', '300')]),
    (('His Excellency Sheikh Nahyan Al Mubarak said 40,000 students enrolled.',),
     [('Nahyan Al Mubarak', '40,000')]),
    (('Justice Priya Menon observed that 1,400 cases were pending.', 'The judge said 300 were over ten years old.'),
     [('Priya Menon', '300')]),
])
def test_names_of_the_family_that_already_worked(paragraphs, wanted):
    assert set(wanted) <= pairs(*paragraphs)


# --- what each rule leaves alone

def test_tan_alone_is_a_surname_and_sri_alone_a_given_name():
    # (two-word honorifics: "Tan Sri", "Datuk Seri" title a name; each word alone does not)
    assert pairs("Tan Wei Ming said 40 flats were sold.", "Tan said 12 were empty.") == {
        ("Tan Wei Ming", "40"), ("Tan Wei Ming", "12")}
    assert pairs("Sri Mulyani Indrawati said the deficit was 2.3 percent.") == {
        ("Sri Mulyani Indrawati", "2.3 percent")}


def test_father_before_a_name_stays_a_title():
    assert pairs("Father Miguel Arrieta said 400 people attended the vigil.") == {
        ("Miguel Arrieta", "400")}


def test_particles_inside_a_bodys_name_in_another_language_stay_in_it():
    # (a run of a personal name takes every particle: "Pieter van der Berg")
    assert pairs("The Banco de la Nacion said 40 branches would close.") == {
        ("Banco de la Nacion", "40")}
    assert pairs("Universidad de los Andes said 300 students enrolled.") == {
        ("Universidad de los Andes", "300")}


def test_a_particle_after_a_title_opens_the_surname_of_the_full_name_before():
    assert pairs("Pieter van der Berg said 60 buildings were damaged.",
                 "Dr van der Berg said 12 were beyond repair.") == {
        ("Pieter van der Berg", "60"), ("Pieter van der Berg", "12")}


def test_a_title_before_one_capitalised_word_is_still_a_surname():
    assert speaker_of("30", "Mr Van said 30 people came.") == "Van"


def test_the_general_public_is_no_general():
    # (rank words name their holder later: "The general said")
    assert speaker_of("4,000", "The general public bought 4,000 tickets, the council said.") \
        == "Council"


def test_an_attorney_general_stays_the_titled_person():
    assert pairs("Attorney General Dana Ruiz said 40 cases were filed.",
                 "The attorney general said 12 were dropped.") == {
        ("Dana Ruiz", "40"), ("Dana Ruiz", "12")}


def test_a_country_owner_before_a_description_stays_in_it():
    # (a country with its article before a body's name is no part of the name: "The UK's
    # Office for National Statistics")
    assert speaker_of("40", "The UK's largest lender said 40 branches would close.") == \
        "UK's largest lender"
    assert speaker_of("12", "Mali's army said 12 soldiers died.") == "Mali's army"


def test_a_possessive_an_acronym_spells_stays_in_the_name():
    # (a country's possessive before a bracketed acronym is no part of the name it spells:
    # "the Philippines' Department of Health (DOH)")
    got = pairs("The Children's Investment Fund Foundation (CIFF) said it gave $40 million.",
                "CIFF said 12 countries benefited.")
    assert got == {("Children's Investment Fund Foundation", "$40 million"),
                   ("Children's Investment Fund Foundation", "12")}


def test_a_title_with_a_full_name_after_a_peers_title_is_the_name():
    # (a peer's title before one word is the peer's name: "Lord Ashfield")
    assert speaker_of("30", "Lord Justice Ian Bell said 30 appeals were pending.") == "Ian Bell"
    assert speaker_of("40", "Lady Hale said 40 cases were heard.") == "Lady Hale"


def test_a_description_of_an_office_stays_a_description():
    # (a titled person's office is the person: "Gov. Lydia Ferrante's office said")
    assert speaker_of("45", "The governor's office said 45 counties were affected.") == \
        "Governor's office"
    assert speaker_of("45", "Britain's Foreign Office said 45 nationals were evacuated.") == \
        "Foreign Office"


def test_a_spokesperson_for_a_bodys_short_name_stays_the_bodys():
    # (a spokesman for a titled person speaks for the person: "a spokesman for Gov. ...")
    assert speaker_of("12", "Ashgrove Living Ltd runs 40 homes.",
                      "A spokesperson for Ashgrove Living said 12 had closed.") == \
        "Ashgrove Living Ltd"


def test_a_named_spokesman_for_a_titled_person_is_himself():
    assert speaker_of("45", "A spokesman for Gov. Lydia Ferrante, Tom Reyes, said 45 counties "
                      "were affected.") == "Tom Reyes"


def test_the_congresswoman_is_the_representative_not_the_senator_named_before():
    # ("Rep." holders are "the congresswoman" and "the lawmaker" later)
    got = pairs("Sen. Marcus Bellweather said 2 million would lose coverage.",
                "Rep. Dana Whitcombe said the bill cost $4 billion.",
                "The congresswoman said 20,000 jobs were at stake.")
    assert ("Dana Whitcombe", "20,000") in got


# --- a title acronym that leaves the officer out; holders of more titles; names in the
# possessive

@pytest.mark.parametrize("paragraphs, wanted", [
    (("Chief executive Jane Doe said the company hired 80 people.", "The CEO said 12 had left."),
     [("Jane Doe", "12")]),
    (("Chief operating officer Ana Ruiz said 40 stores opened.",
      "Chief executive Jane Doe said 12 had closed.", "The COO said 3 more would open."),
     [("Ana Ruiz", "3"), ("Jane Doe", "12")]),
    (("Smt. Kavitha Raghunathan, the district collector, said 64 per cent of the funds had "
      "been spent.", "The collector said 12 projects were complete."),
     [("Kavitha Raghunathan", "12")]),
    (("Sainsbury's said like-for-like sales rose 3.1 per cent.",),
     [("Sainsbury's", "3.1 per cent")]),
    (("Sales rose 3.1 per cent, according to Sainsbury's.",),
     [("Sainsbury's", "3.1 per cent")]),
    (("Hartwell's Home Co. sells sofas.", "Hartwell's reported a loss of $38.6 million."),
     [("Hartwell's Home Co.", "$38.6 million")]),
    (("Moody's Investors Service said 14 banks were downgraded.",
      "Moody's said the outlook was negative for 3 sectors."),
     [("Moody's Investors Service", "3")]),
])
def test_acronyms_more_titles_and_possessive_names(paragraphs, wanted):
    assert set(wanted) <= pairs(*paragraphs)


def test_a_cfo_no_one_was_named_as_stays_unnamed():
    assert speaker_of("12", "Chief executive Jane Doe said the company hired 80 people.",
                      "The CFO said 12 had left.") == "CFO"


def test_a_possessive_that_owns_a_document_is_its_owner():
    assert speaker_of("12", "Halvorsen's report said 12 left.") == "Halvorsen"


def test_a_title_word_that_ends_a_name_is_a_surname():
    assert speaker_of("11", "Basarnas official Andi Sultan said 11 people were rescued.") == \
        "Andi Sultan"


# --- kinds of company that stand for the company named before

@pytest.mark.parametrize("paragraphs, wanted", [
    (("Sainsbury's said like-for-like sales rose 3.1 per cent.",
      "The supermarket said it would open 20 stores."), [("Sainsbury's", "20")]),
    (("Kinabalu Palm Oil Bhd said output rose 11 percent.",
      "The planter said prices averaged RM3,900 a tonne."), [("Kinabalu Palm Oil Bhd", "RM3,900")]),
])
def test_a_kind_of_company_is_the_company_named_before(paragraphs, wanted):
    assert set(wanted) <= pairs(*paragraphs)


def test_a_kind_of_company_word_in_a_name_or_a_place_stays_there():
    assert speaker_of("40", "Kestrel Supermarket said 40 staff were hired.") == \
        "Kestrel Supermarket"
    assert speaker_of("40", "Outside the supermarket, 40 people queued, police said.") == "Police"
    assert speaker_of("40", "Ana Shipper said 40 boxes were lost.") == "Ana Shipper"


# --- a company's name without the country that opens it ("Aramco" for Saudi Aramco)

def test_a_name_without_its_country_is_the_company_named_before():
    assert speaker_of("9 million barrels", "Saudi Aramco said profit fell 15 percent.",
                      "Aramco said it pumped 9 million barrels a day.") == "Saudi Aramco"


def test_a_common_word_after_a_country_in_a_name_is_no_short_name():
    assert speaker_of("12", "Kenya Power said 40 transformers were stolen.",
                      "Power was restored to 12 estates, police said.") == "Police"


# --- more of the family, speakers after the figure and long appositions (they passed)

@pytest.mark.parametrize("paragraphs, wanted", [
    (("The death toll has risen to 112, Brig. Gen. Ana Lucia Torres, the spokeswoman for the armed forces' joint command, told Radio Caracol on Tuesday.",),
     [('Ana Lucia Torres', '112')]),
    (('"At least 300 families have nowhere to go," said Alhaji Musa Danladi, chairman of the Bauchi State Emergency Management Agency (SEMA).',),
     [('Musa Danladi', 'At least 300')]),
    (('According to Datuk Seri Dr. Wee Ka Siong, the transport minister, 4,000 buses will be replaced.',),
     [('Wee Ka Siong', '4,000')]),
    (('Speaking to ABC Radio, Prof. Brett Sutton said 1,200 cases had been recorded.', 'Prof. Sutton said 40 were in hospital.'),
     [('Brett Sutton', '1,200'), ('Brett Sutton', '40')]),
    (('Labor Secretary Julie Su said 210,000 jobs were added.', 'Su said unemployment was 4.1 percent.'),
     [('Julie Su', '210,000'), ('Julie Su', '4.1 percent')]),
    (('U.N. Secretary-General António Guterres said 2 million people needed aid.', 'Guterres said $1.2 billion was needed.'),
     [('António Guterres', '$1.2 billion'), ('António Guterres', '2 million')]),
    (('The Kenya National Bureau of Statistics (KNBS) said inflation was 4.4 percent.', 'KNBS said food prices rose 6 percent.'),
     [('Kenya National Bureau of Statistics', '4.4 percent'), ('Kenya National Bureau of Statistics', '6 percent')]),
    (('Inflation eased to 3.4 percent, according to the ONS.', 'The Office for National Statistics said wages grew 5.9 percent.'),
     [('Office for National Statistics', '5.9 percent')]),
    (('Saudi Aramco said profit fell 15 percent.', 'Aramco said it pumped 9 million barrels a day.'),
     [('Saudi Aramco', '15 percent'), ('Saudi Aramco', '9 million barrels')]),
    (('Abu Dhabi National Oil Company (ADNOC) said output reached 4.85 million barrels a day.', 'Adnoc said it would spend $150 billion.'),
     [('Abu Dhabi National Oil Company', '$150 billion'), ('Abu Dhabi National Oil Company', '4.85 million barrels')]),
    (('Ms Ngozi Okonjo-Iweala, the WTO director-general, said trade would grow 2.6 percent.', 'Okonjo-Iweala said 40 countries backed the deal.'),
     [('Ngozi Okonjo-Iweala', '2.6 percent'), ('Ngozi Okonjo-Iweala', '40')]),
    (('Saleh Al-Jasser, the Saudi transport minister, said 12 ports had been upgraded.', 'Mr Al-Jasser said 40 more were planned.'),
     [('Saleh Al-Jasser', '12'), ('Saleh Al-Jasser', '40')]),
    (('Saleh Al-Jasser, the Saudi transport minister, said 12 ports had been upgraded.', 'Jasser said 40 more were planned.'),
     [('Saleh Al-Jasser', '40')]),
    (("Moody's Investors Service said 14 banks were downgraded.", 'The rating agency said 3 sectors had a negative outlook.'),
     [("Moody's Investors Service", '3')]),
])
def test_more_names_of_the_family(paragraphs, wanted):
    assert set(wanted) <= pairs(*paragraphs)
