/** Ground floor: what every stored row shares, its number from its own table's sequence. */
package nl.regiebord.opslag;
