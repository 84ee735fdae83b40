/// British and American cities and streets. City lines are
/// `City|Region|postcode prefixes|area codes|zone`.
///
/// UK prefixes are outward codes (`LS6`); US prefixes are the first three ZIP digits (`021`, so
/// Boston ZIPs keep their leading zero); area codes are national, with the UK trunk `0`.
extension RawTables {
    static let britishCities = """
        London|Greater London|SW1A SW11 SE1 SE15 E1 E14 E17 N1 N16 NW3 NW10 W1 W5 EC1 WC2|020|london
        Birmingham|West Midlands|B1 B5 B13 B15 B29 B30 B44|0121|london
        Manchester|Greater Manchester|M1 M4 M14 M20 M21 M40|0161|london
        Leeds|West Yorkshire|LS1 LS2 LS6 LS7 LS8 LS11 LS17|0113|london
        Glasgow|Glasgow City|G1 G3 G12 G31 G41|0141|london
        Edinburgh|City of Edinburgh|EH1 EH3 EH6 EH10 EH16|0131|london
        Liverpool|Merseyside|L1 L8 L15 L17 L18|0151|london
        Bristol|Bristol|BS1 BS3 BS6 BS7 BS16|0117|london
        Sheffield|South Yorkshire|S1 S7 S10 S11 S17|0114|london
        Newcastle upon Tyne|Tyne and Wear|NE1 NE2 NE4 NE6|0191|london
        Nottingham|Nottinghamshire|NG1 NG5 NG7 NG9|0115|london
        Cardiff|South Glamorgan|CF10 CF11 CF14 CF24|029|london
        Leicester|Leicestershire|LE1 LE2 LE3 LE4|0116|london
        Brighton|East Sussex|BN1 BN2 BN3|01273|london
        Oxford|Oxfordshire|OX1 OX2 OX3 OX4|01865|london
        Cambridge|Cambridgeshire|CB1 CB2 CB3 CB4|01223|london
        York|North Yorkshire|YO1 YO10 YO24 YO31|01904|london
        Norwich|Norfolk|NR1 NR2 NR3 NR4|01603|london
        Belfast|County Antrim|BT1 BT7 BT9 BT15|028|london
        Southampton|Hampshire|SO14 SO15 SO16 SO17|023|london
        """

    static let britishStreets = """
        High Street, Station Road, Church Lane, Main Street, Park Road, Victoria Road, Green Lane, \
        Manor Road, Church Street, Park Avenue, Queen's Road, New Road, Grange Road, Kings Road, \
        Mill Lane, The Crescent, Acacia Avenue, School Lane, London Road, York Road, Albert Road, \
        Chapel Street, Windsor Road, North Street, Springfield Road, The Green, Highfield Road, \
        Stanley Road, Orchard Close, Kingsway, Beech Grove, Westfield Avenue, Meadow Way, \
        Rose & Crown Yard, Anchor & Hope Lane, Bell & Anchor Court, St John's Road, Marlborough Place, \
        Cromwell Terrace, Wellington Street
        """

    static let americanCities = """
        Boston|MA|021 022|617 857|eastern
        Cambridge|MA|021|617|eastern
        New York|NY|100 101 102|212 646 917|eastern
        Brooklyn|NY|112|718 347|eastern
        Newark|NJ|071|973 862|eastern
        Hartford|CT|061|860|eastern
        Providence|RI|029|401|eastern
        Portland|ME|041|207|eastern
        Philadelphia|PA|191|215 267|eastern
        Washington|DC|200|202|eastern
        Atlanta|GA|303|404 678|eastern
        Miami|FL|331|305 786|eastern
        Chicago|IL|606|312 773|central
        Houston|TX|770|713 832|central
        Dallas|TX|752|214 469|central
        Austin|TX|787|512|central
        Minneapolis|MN|554|612|central
        Denver|CO|802|303 720|mountain
        Phoenix|AZ|850|602 480|arizona
        Seattle|WA|981|206|pacific
        San Francisco|CA|941|415|pacific
        Los Angeles|CA|900|213 310 323|pacific
        San Diego|CA|921|619 858|pacific
        Portland|OR|972|503|pacific
        """

    static let americanStreets = """
        Main St, Maple Ave, Oak St, Elm St, Washington Ave, Park Ave, 2nd St, 3rd St, Cedar Ln, \
        Pine St, Lake Dr, Hill St, Massachusetts Ave, Broadway, Sunset Blvd, Chestnut St, \
        Walnut St, Lincoln Ave, Jefferson St, Madison Ave, River Rd, Highland Ave, Franklin St, \
        Spring St, Church St, Center St, Willow Way, Meadow Ln, Ridge Rd, Forest Ave, \
        Martin Luther King Jr Blvd, Peachtree St, Commonwealth Ave, Beacon St, Elmwood Ave
        """
}
